import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  assess,
  type EventType,
  type Status,
  type TreatyEvent,
  type TreatyId,
} from '../src/index.js';
import { fact } from './helpers/facts.js';

const EPOCH = Date.UTC(2024, 0, 1);
const DAYS = 1500;
const dateOf = (offset: number) => new Date(EPOCH + offset * 86_400_000).toISOString().slice(0, 10);

const TREATY_TYPES = [
  'withdrawal-announced',
  'withdrawal-approved',
  'withdrawal-notified',
  'withdrawal-revoked',
  'suspension-declared',
  'objection-lodged',
  'became-party',
] as const satisfies readonly EventType[];
const CONFLICT_TYPES = ['armed-conflict-began', 'armed-conflict-ended'] as const;

interface Draft {
  readonly type: EventType;
  readonly day: number;
  readonly treaty: TreatyId;
  readonly later: number | null;
}

function toEvents(drafts: readonly Draft[], prefix = 'e'): TreatyEvent[] {
  return drafts.map((draft, index) => {
    const stateWide =
      draft.type === 'armed-conflict-began' || draft.type === 'armed-conflict-ended';
    return fact(draft.type, dateOf(draft.day), {
      id: `${prefix}${index}`,
      treaty: stateWide ? null : draft.treaty,
      ...(draft.type === 'objection-lodged' ? { objector: 'CH' } : {}),
      ...(draft.type === 'withdrawal-notified' && draft.later !== null
        ? { effectiveDate: dateOf(draft.day + draft.later) }
        : {}),
    });
  });
}

const draftArb = (types: readonly EventType[], minDay = 0, maxDay = DAYS) =>
  fc.record({
    type: fc.constantFrom(...types),
    day: fc.integer({ min: minDay, max: maxDay }),
    treaty: fc.constantFrom<TreatyId>('apmbc', 'rome-statute'),
    later: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  });
const historyArb = fc
  .array(draftArb([...TREATY_TYPES, ...CONFLICT_TYPES]), { maxLength: 20 })
  .map((d) => toEvents(d));
const treatyArb = fc.constantFrom<TreatyId>('apmbc', 'rome-statute');
const asOfArb = fc.integer({ min: 0, max: DAYS + 400 }).map(dateOf);

function summary(treaty: TreatyId, events: readonly TreatyEvent[], asOf: string) {
  const { status, since, effectiveOn, nextReviewOn, sources } = assess(treaty, events, asOf);
  return { status, since, effectiveOn, nextReviewOn, sources };
}

const ALLOWED: Readonly<Record<Status, readonly Status[]>> = {
  party: [
    'withdrawal-announced',
    'withdrawal-approved',
    'suspension-declared',
    'withdrawal-pending',
  ],
  'withdrawal-announced': [
    'withdrawal-approved',
    'suspension-declared',
    'withdrawal-pending',
    'party',
  ],
  'withdrawal-approved': [
    'withdrawal-announced',
    'suspension-declared',
    'withdrawal-pending',
    'party',
  ],
  'suspension-declared': [
    'withdrawal-announced',
    'withdrawal-approved',
    'withdrawal-pending',
    'party',
  ],
  'withdrawal-pending': ['withdrawn', 'withdrawal-suspended', 'party'],
  'withdrawal-suspended': ['withdrawn', 'party'],
  withdrawn: ['party'],
};

/** Independent reading of rule 4: engaged on `day` under the state's conflict events. */
function engagedOn(events: readonly TreatyEvent[], day: string): boolean {
  const days = [
    ...new Set(events.filter((e) => e.type.startsWith('armed-conflict')).map((e) => e.date)),
  ]
    .filter((d) => d <= day)
    .sort();
  let engaged = false;
  for (const d of days) {
    const began = events.some((e) => e.date === d && e.type === 'armed-conflict-began');
    const ended = events.some((e) => e.date === d && e.type === 'armed-conflict-ended');
    if (began !== ended) engaged = began;
  }
  return engaged;
}

describe('assess (properties)', () => {
  it('never depends on the order in which events arrive', () => {
    fc.assert(
      fc.property(
        historyArb,
        treatyArb,
        asOfArb,
        fc.infiniteStream(fc.double()),
        (events, treaty, asOf, keys) => {
          const shuffled = events
            .map((event) => ({ event, key: keys.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ event }) => event);
          expect(assess(treaty, shuffled, asOf)).toEqual(assess(treaty, events, asOf));
        },
      ),
    );
  });

  it('only makes allowed transitions as asOf walks forward', () => {
    fc.assert(
      fc.property(historyArb, treatyArb, (events, treaty) => {
        let previous = assess(treaty, events, dateOf(-1)).status;
        expect(previous).toBe('party');
        for (let day = 0; day <= DAYS + 400; day++) {
          const { status } = assess(treaty, events, dateOf(day));
          if (status !== previous)
            expect([previous, ALLOWED[previous].includes(status)]).toEqual([previous, true]);
          previous = status;
        }
      }),
      { numRuns: 40 },
    );
  });

  const oneNotificationArb = (types: readonly EventType[], fixed?: TreatyId) =>
    fc
      .tuple(
        fc.array(draftArb(types), { maxLength: 12 }),
        draftArb(['withdrawal-notified']),
        treatyArb,
        asOfArb,
      )
      .map(([others, notified, chosen, asOf]) => ({
        others,
        notified,
        treaty: fixed ?? chosen,
        asOf,
      }))
      .map(({ others, notified, treaty, asOf }) => ({
        events: toEvents([...others, { ...notified, treaty }].map((d) => ({ ...d, treaty }))),
        notifiedOn: dateOf(notified.day),
        treaty,
        asOf,
      }));

  it('never gives an effective date before the notice period ends', () => {
    const others = TREATY_TYPES.filter((type) => type !== 'withdrawal-notified');
    fc.assert(
      fc.property(
        oneNotificationArb([...others, ...CONFLICT_TYPES]),
        ({ events, notifiedOn, treaty, asOf }) => {
          const { effectiveOn } = assess(treaty, events, asOf);
          const expiry = addPeriod(notifiedOn, {
            amount: treaty === 'apmbc' ? 6 : 1,
            unit: treaty === 'apmbc' ? 'months' : 'years',
          });
          if (effectiveOn !== null) expect(effectiveOn >= expiry).toBe(true);
        },
      ),
    );
  });

  it('suspends an at-expiry withdrawal exactly when the state is engaged on the expiry day', () => {
    const quiet = ['withdrawal-announced', 'withdrawal-approved', 'objection-lodged'] as const;
    fc.assert(
      fc.property(
        oneNotificationArb([...quiet, ...CONFLICT_TYPES, ...CONFLICT_TYPES], 'apmbc'),
        ({ events, notifiedOn, asOf }) => {
          const expiry = addPeriod(notifiedOn, { amount: 6, unit: 'months' });
          fc.pre(asOf >= expiry);
          const { status, effectiveOn } = assess('apmbc', events, asOf);
          const deferred =
            status === 'withdrawal-suspended' || (status === 'withdrawn' && effectiveOn !== expiry);
          expect(deferred).toBe(engagedOn(events, expiry));
        },
      ),
    );
  });

  it('treats a retracted event as if it had never been recorded', () => {
    fc.assert(
      fc.property(
        historyArb.filter((events) => events.length > 0),
        treatyArb,
        fc.nat(),
        fc.integer({ min: 0, max: DAYS }),
        asOfArb,
        (events, treaty, pick, retractedOn, asOf) => {
          const target = events[pick % events.length] as TreatyEvent;
          const retraction = fact('event-retracted', dateOf(retractedOn), {
            id: 'retraction',
            retracts: target.id,
          });
          fc.pre(retraction.date <= asOf);
          const without = events.filter((event) => event !== target);
          expect(summary(treaty, [...events, retraction], asOf)).toEqual(
            summary(treaty, without, asOf),
          );
        },
      ),
    );
  });

  it('never depends on events dated after asOf', () => {
    fc.assert(
      fc.property(
        historyArb,
        treatyArb,
        fc.integer({ min: 0, max: DAYS }),
        fc.array(draftArb([...TREATY_TYPES, ...CONFLICT_TYPES], 0, 400), { maxLength: 8 }),
        (events, treaty, asOfDay, later) => {
          const asOf = dateOf(asOfDay);
          // The state is read from the events: one fact on the first day keeps it known.
          const known = [
            ...events,
            fact('objection-lodged', dateOf(0), { id: 'known', objector: 'CH', treaty }),
          ];
          const future = toEvents(
            later.map((draft) => ({ ...draft, day: asOfDay + 1 + draft.day })),
            'f',
          );
          const retractions = known.map((event, index) =>
            fact('event-retracted', dateOf(asOfDay + 1 + index), {
              id: `fr${index}`,
              retracts: event.id,
            }),
          );
          expect(assess(treaty, [...known, ...future, ...retractions], asOf)).toEqual(
            assess(treaty, known, asOf),
          );
        },
      ),
    );
  });
});
