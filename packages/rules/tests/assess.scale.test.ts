import { describe, expect, it } from 'vitest';
import { assess, type EventType, type TreatyEvent } from '../src/index.js';
import { fact } from './helpers/facts.js';

const DAY_MS = 86_400_000;
const dateOf = (day: number) =>
  new Date(Date.UTC(1990, 0, 1) + day * DAY_MS).toISOString().slice(0, 10);

/** A retraction chain: `depth` retractions, each retracting the one before, the first a notification. */
function retractionChain(depth: number): TreatyEvent[] {
  const events = [fact('withdrawal-notified', '2025-06-27', { id: 'n' })];
  for (let i = 1; i <= depth; i += 1) {
    events.push(
      fact('event-retracted', '2025-07-01', {
        id: `r${String(i).padStart(6, '0')}`,
        retracts: i === 1 ? 'n' : `r${String(i - 1).padStart(6, '0')}`,
      }),
    );
  }
  return events;
}

/** A seeded linear congruential generator, so the shuffled order is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const TYPES: readonly EventType[] = [
  'withdrawal-announced',
  'withdrawal-approved',
  'withdrawal-notified',
  'withdrawal-revoked',
  'objection-lodged',
  'became-party',
  'armed-conflict-began',
  'armed-conflict-ended',
];

describe('assess on long histories', () => {
  it.each([
    [20_000, 'withdrawal-pending'],
    [20_001, 'party'],
  ] as const)(
    'resolves a chain of %i retractions, each retracting the last, without overflowing the stack',
    (depth, status) => {
      expect(assess('apmbc', retractionChain(depth), '2025-08-01').status).toBe(status);
    },
  );

  it('assesses 100,000 events of one state and treaty in any order as in date order', () => {
    const events: TreatyEvent[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const type = TYPES[(i * 7) % TYPES.length] as EventType;
      events.push(
        fact(type, dateOf(Math.floor(i / 8)), {
          id: `e${i}`,
          ...(type === 'objection-lodged' ? { objector: 'CH' } : {}),
        }),
      );
    }
    const inOrder = assess('apmbc', events, '2026-01-01');
    expect(assess('apmbc', shuffled(events, 42), '2026-01-01')).toEqual(inOrder);
    expect(inOrder.explanation.length).toBeGreaterThan(1000);
  });
});
