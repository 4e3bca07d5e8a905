import { STATE_CODES, STATUSES } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseSubscriptionRequest, SMS_DEFAULT_STATUSES } from '../src/index.js';

function issuesOf(input: unknown): string[] {
  try {
    parseSubscriptionRequest(input);
  } catch (error) {
    if (error instanceof InvalidInputError)
      return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('parseSubscriptionRequest', () => {
  it('normalises state codes, treaty aliases and repeated values', () => {
    expect(
      parseSubscriptionRequest({
        protocol: 'email',
        endpoint: ' alice@example.org ',
        states: ['ua', 'UA', 'pl'],
        treaties: ['ottawa', 'icc'],
        statuses: ['withdrawn'],
      }),
    ).toEqual({
      protocol: 'email',
      endpoint: 'alice@example.org',
      states: ['UA', 'PL'],
      treaties: ['apmbc', 'rome-statute'],
      statuses: ['withdrawn'],
    });
  });

  it('accepts every ISO 3166-1 alpha-2 state, tracked or not, and only those', () => {
    expect(
      parseSubscriptionRequest({
        protocol: 'email',
        endpoint: 'a@example.org',
        states: STATE_CODES,
      }).states,
    ).toEqual(STATE_CODES);
    expect(
      issuesOf({ protocol: 'email', endpoint: 'a@example.org', states: ['NZ', 'XK', 'EU'] }),
    ).toEqual([
      'states[1]: must be an ISO 3166-1 alpha-2 state code such as "UA", got "XK"',
      'states[2]: must be an ISO 3166-1 alpha-2 state code such as "UA", got "EU"',
    ]);
  });

  it('leaves out empty filter lists, which mean all', () => {
    expect(
      parseSubscriptionRequest({
        protocol: 'email',
        endpoint: 'a@example.org',
        states: [],
        statuses: null,
      }),
    ).toEqual({ protocol: 'email', endpoint: 'a@example.org' });
    expect(
      parseSubscriptionRequest({ protocol: 'https', endpoint: 'https://example.org/hook' }),
    ).toEqual({ protocol: 'https', endpoint: 'https://example.org/hook' });
  });

  it('gives an SMS request that names no status the changes that alter legal effect', () => {
    expect(SMS_DEFAULT_STATUSES).toEqual([
      'withdrawal-pending',
      'withdrawal-suspended',
      'withdrawn',
      'party',
    ]);
    for (const statuses of [undefined, null, []]) {
      expect(
        parseSubscriptionRequest({
          protocol: 'sms',
          endpoint: '+447911123456',
          states: [],
          statuses,
        }),
      ).toEqual({ protocol: 'sms', endpoint: '+447911123456', statuses: SMS_DEFAULT_STATUSES });
    }
  });

  it('leaves an SMS digest of every change: one SMS per period whatever it holds', () => {
    expect(
      parseSubscriptionRequest({ protocol: 'sms', endpoint: '+447911123456', cadence: 'daily' }),
    ).toEqual({ protocol: 'sms', endpoint: '+447911123456', cadence: 'daily' });
  });

  it('lets an SMS request widen or narrow the default', () => {
    expect(
      parseSubscriptionRequest({ protocol: 'sms', endpoint: '+447911123456', statuses: STATUSES })
        .statuses,
    ).toEqual(STATUSES);
    expect(
      parseSubscriptionRequest({
        protocol: 'sms',
        endpoint: '+447911123456',
        statuses: ['withdrawn'],
      }).statuses,
    ).toEqual(['withdrawn']);
  });

  it.each([
    [{ protocol: 'email', endpoint: 'alice@' }, 'endpoint: must be an email address'],
    [{ protocol: 'email', endpoint: 'a b@example.org' }, 'endpoint: must be an email address'],
    [
      { protocol: 'sms', endpoint: '+0123456789' },
      'endpoint: must be a phone number in E.164 form',
    ],
    [
      { protocol: 'sms', endpoint: '+44 7911 123456' },
      'endpoint: must be a phone number in E.164 form',
    ],
    [{ protocol: 'https', endpoint: 'http://example.org/hook' }, 'endpoint: must be an https URL'],
    [
      { protocol: 'https', endpoint: 'https://user:pw@example.org/' },
      'endpoint: must not carry credentials',
    ],
    [{ protocol: 'https', endpoint: 'not a url' }, 'endpoint: must be an https URL'],
    [{ protocol: 'email' }, 'endpoint: is required'],
    [{ protocol: 'pigeon', endpoint: 'x' }, 'protocol: must be one of email, sms, https'],
    [{ protocol: 'email', endpoint: 'a@example.org', states: 'UA' }, 'states: must be an array'],
    [
      { protocol: 'email', endpoint: 'a@example.org', states: ['XX'] },
      'states[0]: must be an ISO 3166-1 alpha-2',
    ],
    [
      { protocol: 'email', endpoint: 'a@example.org', treaties: ['nato'] },
      'treaties[0]: must be a treaty id',
    ],
    [
      { protocol: 'email', endpoint: 'a@example.org', statuses: ['gone'] },
      'statuses[0]: must be one of party',
    ],
  ])('refuses %j with "%s"', (input, message) => {
    expect(issuesOf(input).join('\n')).toContain(message);
  });

  it('reports every bad field at once', () => {
    expect(
      issuesOf({ protocol: 'sms', endpoint: '123', states: ['??'], statuses: [1] }),
    ).toHaveLength(3);
  });

  it('reports the issues in field order', () => {
    expect(
      issuesOf({ protocol: 'sms', endpoint: '123', states: ['??'], statuses: [1] }).map(
        (issue) => issue.split(':')[0],
      ),
    ).toEqual(['endpoint', 'states[0]', 'statuses[0]']);
  });

  it('names each unknown field, since a misspelt filter would otherwise mean all', () => {
    expect(
      issuesOf({ protocol: 'email', endpoint: 'a@example.org', state: ['UA'], token: 'x' }),
    ).toEqual([
      'state: unknown field; accepted: protocol, endpoint, states, treaties, statuses, reminders, cadence',
      'token: unknown field; accepted: protocol, endpoint, states, treaties, statuses, reminders, cadence',
    ]);
  });

  it('takes reminders as days before an effective date, largest first, repeats dropped', () => {
    expect(
      parseSubscriptionRequest({
        protocol: 'email',
        endpoint: 'a@example.org',
        reminders: [1, 30, 7, 30],
        cadence: 'daily',
      }),
    ).toEqual({
      protocol: 'email',
      endpoint: 'a@example.org',
      reminders: [30, 7, 1],
      cadence: 'daily',
    });
  });

  it('leaves out no reminders and the default cadence', () => {
    expect(
      parseSubscriptionRequest({
        protocol: 'email',
        endpoint: 'a@example.org',
        reminders: [],
        cadence: 'immediate',
      }),
    ).toEqual({ protocol: 'email', endpoint: 'a@example.org' });
  });

  it.each([
    [{ reminders: [0] }, 'reminders[0]: must be a whole number of days from 1 to 365, got 0'],
    [{ reminders: [366] }, 'reminders[0]: must be a whole number of days from 1 to 365, got 366'],
    [{ reminders: [7.5] }, 'reminders[0]: must be a whole number of days from 1 to 365, got 7.5'],
    [{ reminders: ['7'] }, 'reminders[0]: must be a whole number of days from 1 to 365, got "7"'],
    [{ reminders: [1, 2, 3, 4, 5, 6] }, 'reminders: must have at most 5 items'],
    [
      { reminders: 7 },
      'reminders: must be an array of days, such as [30, 7, 1] (absent or empty means none)',
    ],
    [{ cadence: 'hourly' }, 'cadence: must be one of immediate, daily, weekly, got "hourly"'],
  ])('refuses %j, naming the field', (preferences, issue) => {
    expect(issuesOf({ protocol: 'email', endpoint: 'a@example.org', ...preferences })).toEqual([
      issue,
    ]);
  });

  it('refuses 100,000 reminders before looking at any of them', () => {
    expect(
      issuesOf({
        protocol: 'email',
        endpoint: 'a@example.org',
        reminders: Array(100_000).fill('x'),
      }),
    ).toEqual(['reminders: must have at most 5 items']);
  });

  it('gives one issue per bad field', () => {
    expect(issuesOf({ protocol: 'https', endpoint: 'http://user:pw@example.org/' })).toEqual([
      'endpoint: must be an https URL',
    ]);
  });

  it('checks every field even when the protocol is unknown', () => {
    expect(issuesOf({ protocol: 'fax', states: ['XX'] })).toEqual([
      'protocol: must be one of email, sms, https',
      'endpoint: is required',
      'states[0]: must be an ISO 3166-1 alpha-2 state code such as "UA", got "XX"',
    ]);
  });

  it('parses its own output to the same request', () => {
    const request = parseSubscriptionRequest({
      protocol: 'https',
      endpoint: 'https://example.org/hook',
      treaties: ['ottawa'],
      statuses: [],
    });
    expect(parseSubscriptionRequest(request)).toEqual(request);
  });

  it('refuses something that is not an object', () => {
    expect(issuesOf('alice@example.org')).toEqual([
      '(subscription): must be an object with protocol and endpoint',
    ]);
  });
});

describe('parseSubscriptionRequest bounds', () => {
  it('refuses a 300,000-item list by its length, before looking at any item', () => {
    expect(
      issuesOf({ protocol: 'sms', endpoint: '+447911123456', states: Array(300_000).fill({}) }),
    ).toEqual(['states: must have at most 249 items']);
  });

  it('reports at most five issues, however many fields are wrong', () => {
    const input = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`x${i}`, i]));
    expect(issuesOf(input).length).toBeLessThanOrEqual(5);
  });

  it('never repeats a rejected endpoint in its message', () => {
    expect(issuesOf({ protocol: 'sms', endpoint: '+0123999888777' }).join()).not.toContain(
      '999888',
    );
    expect(issuesOf({ protocol: 'email', endpoint: 'bob@nowhere' }).join()).not.toContain('bob');
  });
});
