import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeMessages,
  gsm7Length,
  InvalidSiteUrlError,
  SMS_SITE_URL_MAX_LENGTH,
  STATE_CODES,
  STATUS_WORDS,
  STATUSES,
  type StatusChange,
  stateName,
  TREATIES,
  toGsm7,
} from '../src/index.js';

const poland: StatusChange = {
  id: 'PL#apmbc#withdrawal-pending>withdrawn@2026-02-20',
  state: 'PL',
  treaty: 'apmbc',
  previousStatus: 'withdrawal-pending',
  status: 'withdrawn',
  since: '2026-02-20',
  effectiveOn: '2026-02-20',
  explanation: ['Ottawa Convention, Article 20(3): a withdrawal takes effect 6 months after…'],
  sources: ['https://poland.co.pl/polska-poza-konwencja-ottawska-37658456.html'],
};

const changeArb = fc
  .record({
    state: fc.constantFrom(...STATE_CODES),
    treaty: fc.constantFrom(...TREATIES.map((treaty) => treaty.id)),
    previousStatus: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
    status: fc.constantFrom(...STATUSES),
    since: fc.option(fc.constant('2026-02-20'), { nil: null }),
    effectiveOn: fc.option(fc.constant('2026-02-20'), { nil: null }),
    explanation: fc.array(fc.string(), { maxLength: 3 }),
    sources: fc.array(fc.webUrl(), { maxLength: 3 }),
  })
  .map((change): StatusChange => ({ ...change, id: 'x' }));

/** Site URLs as configuration allows them: http(s) origins of at most 60 characters. */
const siteUrlArb = fc
  .tuple(
    fc.constantFrom('https', 'http'),
    fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,40}$/),
    fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: null }),
  )
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`)
  .filter((url) => url.length <= SMS_SITE_URL_MAX_LENGTH);

describe('changeMessages', () => {
  it('writes the subject in plain words', () => {
    expect(changeMessages(poland).subject).toBe(
      'Poland: withdrawal from the Ottawa Convention now in effect',
    );
  });

  it('writes an email with the state, treaty, change, effective date, explanation and sources', () => {
    const { email } = changeMessages(poland);
    expect(email).toContain('Poland');
    expect(email).toContain(
      'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines',
    );
    expect(email).toContain('withdrawal pending -> withdrawn');
    expect(email).toContain('Effective date: 2026-02-20');
    expect(email).toContain(poland.explanation[0]);
    expect(email).toContain(poland.sources[0]);
  });

  it('writes an SMS with the state and the status', () => {
    expect(changeMessages(poland).sms).toBe(
      'Poland, Ottawa Convention: withdrawn (was: withdrawal pending). Effective 2026-02-20.',
    );
  });

  it('ends the SMS with the short link to the state page when given the site URL', () => {
    expect(changeMessages(poland, { siteUrl: 'https://watch.example.org/' }).sms).toBe(
      'Poland, Ottawa Convention: withdrawn (was: withdrawal pending). Effective 2026-02-20. https://watch.example.org/s/PL',
    );
  });

  it('refuses a site URL that would not leave room in an SMS', () => {
    expect(() =>
      changeMessages(poland, { siteUrl: `https://${'a'.repeat(60)}.example.org` }),
    ).toThrow(InvalidSiteUrlError);
    expect(() => changeMessages(poland, { siteUrl: 'https://watch.example.org/path' })).toThrow(
      InvalidSiteUrlError,
    );
  });

  it('gives the change as JSON by default', () => {
    expect(JSON.parse(changeMessages(poland).default)).toEqual(poland);
  });

  it('keeps every subject within 100 characters and every SMS within 160 GSM-7 characters', () => {
    fc.assert(
      fc.property(changeArb, siteUrlArb, (change, siteUrl) => {
        const { subject, sms, email } = changeMessages(change, { siteUrl });
        expect(subject.length).toBeLessThanOrEqual(100);
        expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
        expect(sms).toContain(toGsm7(stateName(change.state)).slice(0, 20));
        expect(sms).toContain(
          `: ${STATUS_WORDS[change.status].replace(/ by armed conflict$/, '')}`,
        );
        expect(sms.endsWith(` ${siteUrl}/s/${change.state}`)).toBe(true);
        expect(email).toContain(stateName(change.state));
      }),
    );
  });

  it('fits every state, treaty and status, with the longest site URL, in one SMS that names all three', () => {
    const siteUrl = `https://${'w'.repeat(SMS_SITE_URL_MAX_LENGTH - 'https://'.length - 4)}.org`;
    expect(siteUrl).toHaveLength(SMS_SITE_URL_MAX_LENGTH);
    for (const state of STATE_CODES) {
      for (const { id, shortName } of TREATIES) {
        for (const status of STATUSES) {
          const { sms } = changeMessages(
            { ...poland, state, treaty: id, status, previousStatus: 'withdrawal-suspended' },
            { siteUrl },
          );
          expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
          const words = STATUS_WORDS[status].replace(/ by armed conflict$/, '');
          expect(sms.startsWith(`${toGsm7(stateName(state))}, ${shortName}: ${words}`)).toBe(true);
          expect(sms.endsWith(` ${siteUrl}/s/${state}`)).toBe(true);
        }
      }
    }
  });

  it("names the state in GSM-7 when its English name is not: Côte d'Ivoire", () => {
    const { sms } = changeMessages({ ...poland, state: 'CI' });
    expect(sms).toMatch(/^Cote d'Ivoire, /);
    expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
  });
});

describe('gsm7Length', () => {
  it.each([
    ['abc', 3],
    ['[x]', 5],
    ['€', 2],
    ['é', 1],
    ['ô', Number.POSITIVE_INFINITY],
  ])('counts %j as %d septets', (text, length) => {
    expect(gsm7Length(text)).toBe(length);
  });
});

describe('toGsm7', () => {
  it('replaces typographic characters and strips diacritics the alphabet lacks', () => {
    expect(toGsm7('Côte d’Ivoire — “x” → 😀')).toBe('Cote d\'Ivoire - "x" -> ');
  });
});

describe('stateName', () => {
  it.each([
    ['UA', 'Ukraine'],
    ['PL', 'Poland'],
    ['US', 'United States'],
  ])('names %s %s', (code, name) => {
    expect(stateName(code)).toBe(name);
  });
});

describe('changeMessages subject', () => {
  it('keeps the status in a subject that would be too long', () => {
    const { subject } = changeMessages({
      ...poland,
      state: 'GS',
      treaty: 'ccm',
      status: 'withdrawal-suspended',
    });
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toContain('withdrawal suspended');
  });
});
