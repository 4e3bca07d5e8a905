import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Digest,
  digestMessages,
  effectiveDateHolds,
  gsm7Length,
  reminderMessages,
  reminderOn,
  reminderWindowStart,
  STATE_CODES,
  type StatusChange,
  TREATIES,
  type TreatyEvent,
} from '../src/index.js';

const pending = {
  state: 'PL',
  treaty: 'apmbc' as const,
  status: 'withdrawal-pending' as const,
  effectiveOn: '2026-02-20',
};

const source = 'https://example.org/source';
const notified: TreatyEvent = {
  id: 'pl-apmbc-notified',
  state: 'PL',
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-08-20',
  source,
};

describe('reminderOn', () => {
  it('names the lead days from the day to the effective date', () => {
    expect(reminderOn(pending, '2026-02-13')).toEqual({
      id: 'PL#apmbc#effective@2026-02-20#7d',
      state: 'PL',
      treaty: 'apmbc',
      effectiveOn: '2026-02-20',
      leadDays: 7,
    });
    expect(reminderOn(pending, '2026-02-19')?.leadDays).toBe(1);
    expect(reminderOn(pending, '2025-02-20')?.leadDays).toBe(365);
  });

  it('calls for none outside 1 to 365 days, or for anything but a pending withdrawal with a date', () => {
    expect(reminderOn(pending, '2026-02-20')).toBeNull();
    expect(reminderOn(pending, '2025-02-19')).toBeNull();
    expect(reminderOn({ ...pending, status: 'withdrawn' }, '2026-02-13')).toBeNull();
    expect(reminderOn({ ...pending, effectiveOn: null }, '2026-02-13')).toBeNull();
  });

  it('starts the window 365 days before the effective date', () => {
    expect(reminderWindowStart(pending)).toBe('2025-02-20');
    expect(reminderWindowStart({ status: 'withdrawal-suspended', effectiveOn: null })).toBeNull();
  });
});

describe('effectiveDateHolds', () => {
  it('holds for a pending withdrawal with nothing in its way', () => {
    expect(effectiveDateHolds('PL', [notified], 'apmbc', '2026-02-20')).toBe(true);
    expect(effectiveDateHolds('PL', [notified], 'apmbc', '2026-02-21')).toBe(false);
  });

  it('does not hold once an armed conflict would suspend it, or a revocation cancels it', () => {
    const conflict: TreatyEvent = {
      id: 'pl-conflict',
      state: 'PL',
      type: 'armed-conflict-began',
      treaty: null,
      date: '2026-02-01',
      source,
    };
    const revoked: TreatyEvent = {
      id: 'pl-revoked',
      state: 'PL',
      type: 'withdrawal-revoked',
      treaty: 'apmbc',
      date: '2026-02-01',
      source,
    };
    expect(effectiveDateHolds('PL', [notified, conflict], 'apmbc', '2026-02-20')).toBe(false);
    expect(effectiveDateHolds('PL', [notified, revoked], 'apmbc', '2026-02-20')).toBe(false);
  });
});

describe('reminderMessages', () => {
  it('says who, what and when in words', () => {
    const reminder = reminderOn(pending, '2026-02-13');
    if (reminder === null) throw new Error('no reminder');
    const messages = reminderMessages(reminder);
    expect(messages.email).toContain(
      "Poland's withdrawal from the Ottawa Convention takes effect in 7 days, on 20 February 2026.",
    );
    expect(messages.subject).toBe(
      'Poland: withdrawal from the Ottawa Convention takes effect in 7 days',
    );
    expect(messages.sms).toContain('in 7 days, on 20 February 2026');
    expect(JSON.parse(messages.default)).toMatchObject({ kind: 'reminder', leadDays: 7 });
  });

  it('fits every SMS in 160 GSM-7 characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATE_CODES),
        fc.constantFrom(...TREATIES.map((t) => t.id)),
        fc.integer({ min: 1, max: 365 }),
        (state, treaty, leadDays) => {
          const { sms, subject } = reminderMessages({
            id: 'x',
            state,
            treaty,
            effectiveOn: '2026-09-30',
            leadDays,
          });
          expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
          expect(subject.length).toBeLessThanOrEqual(99);
        },
      ),
    );
  });
});

describe('digestMessages', () => {
  const change = (state: string, status: StatusChange['status']): StatusChange => ({
    id: `${state}#apmbc#x>${status}`,
    state,
    treaty: 'apmbc',
    previousStatus: 'withdrawal-approved',
    status,
    since: '2026-12-01',
    effectiveOn: status === 'withdrawal-pending' ? '2027-06-01' : null,
    explanation: [],
    sources: [],
  });
  const digest: Digest = {
    id: 'digest#daily#2026-12-01',
    cadence: 'daily',
    from: '2026-12-01',
    to: '2026-12-01',
    changes: [change('PL', 'withdrawal-pending'), change('FI', 'withdrawn'), change('UA', 'party')],
    upcoming: [{ state: 'PL', treaty: 'apmbc', effectiveOn: '2027-06-01' }],
  };

  it('lists every change of the period and the dates to come', () => {
    const messages = digestMessages(digest);
    expect(messages.subject).toBe('Treaty Watch daily digest, 1 December 2026: 3 changes');
    expect(messages.email).toContain('- Poland, Ottawa Convention: withdrawal pending');
    expect(messages.email).toContain('- Finland, Ottawa Convention: withdrawn');
    expect(messages.email).toContain('- Ukraine, Ottawa Convention: party');
    expect(messages.email).toContain('- Poland, Ottawa Convention: 1 June 2027');
    expect(gsm7Length(messages.sms)).toBeLessThanOrEqual(160);
    expect(JSON.parse(messages.default)).toMatchObject({ kind: 'digest', cadence: 'daily' });
  });

  it('keeps a long week within one SMS', () => {
    const week: Digest = {
      ...digest,
      cadence: 'weekly',
      from: '2026-11-23',
      to: '2026-11-29',
      changes: STATE_CODES.slice(0, 40).map((state) => change(state, 'withdrawn')),
    };
    const messages = digestMessages(week);
    expect(messages.subject).toContain(
      'weekly digest, 23 November 2026 to 29 November 2026: 40 changes',
    );
    expect(gsm7Length(messages.sms)).toBeLessThanOrEqual(160);
    expect(messages.sms.endsWith('...')).toBe(true);
  });
});
