import {
  type EventType,
  STATE_CODES,
  TREATIES,
  type TreatyEvent,
  type TreatyId,
  validateEvents,
} from '@treatywatch/rules';
import { createPrng, type Prng } from '../stats/createPrng.js';

/** One (state, treaty) history: what `assess` is given, and the JSON it arrives as. */
export interface History {
  readonly state: string;
  readonly treaty: TreatyId;
  readonly asOf: string;
  /** The validated, normalised events as JSON text (what a store or a request body holds). */
  readonly json: string;
}

/** Options of `generateHistories`. */
export interface HistoryOptions {
  readonly count: number;
  readonly seed: number;
  readonly minEvents: number;
  readonly maxEvents: number;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2010, 0, 1);
const TREATY_IDS: readonly TreatyId[] = TREATIES.map((treaty) => treaty.id);

/** Relative weights of what the next event is; `other-treaty` is an event of another treaty. */
const WEIGHTS: readonly (readonly [EventType | 'other-treaty', number])[] = [
  ['withdrawal-announced', 12],
  ['withdrawal-approved', 8],
  ['withdrawal-notified', 16],
  ['withdrawal-revoked', 8],
  ['suspension-declared', 5],
  ['objection-lodged', 6],
  ['became-party', 6],
  ['armed-conflict-began', 7],
  ['armed-conflict-ended', 6],
  ['event-retracted', 6],
  ['other-treaty', 10],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
const TREATY_TYPES: readonly EventType[] = [
  'withdrawal-announced',
  'withdrawal-notified',
  'withdrawal-revoked',
  'became-party',
];

function dateOf(day: number): string {
  return new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
}

function nextKind(prng: Prng): EventType | 'other-treaty' {
  let roll = prng.next() * TOTAL_WEIGHT;
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'withdrawal-notified';
}

function rawHistory(prng: Prng, state: string, treaty: TreatyId, length: number) {
  const raw: Record<string, unknown>[] = [];
  let day = prng.int(0, 3_000);
  for (let index = 0; index < length; index += 1) {
    day += prng.int(0, 120); // same-day events happen: ties are ordered by type
    const id = `${state}-${treaty}-${index}`;
    const base = { id, state, date: dateOf(day), source: `https://example.org/${state}/${index}` };
    let kind = nextKind(prng);
    if (kind === 'event-retracted' && index === 0) kind = 'withdrawal-announced';
    if (kind === 'other-treaty') {
      const others = TREATY_IDS.filter((other) => other !== treaty);
      raw.push({ ...base, type: prng.pick(TREATY_TYPES), treaty: prng.pick(others) });
    } else if (kind === 'armed-conflict-began' || kind === 'armed-conflict-ended') {
      raw.push({ ...base, type: kind, treaty: null });
    } else if (kind === 'event-retracted') {
      raw.push({ ...base, type: kind, retracts: `${state}-${treaty}-${prng.int(0, index - 1)}` });
    } else if (kind === 'objection-lodged') {
      const objector = prng.pick(STATE_CODES.filter((code) => code !== state));
      raw.push({ ...base, type: kind, treaty, objector });
    } else if (kind === 'withdrawal-notified' && prng.chance(0.3)) {
      raw.push({ ...base, type: kind, treaty, effectiveDate: dateOf(day + prng.int(0, 800)) });
    } else {
      raw.push({ ...base, type: kind, treaty });
    }
  }
  return { raw, lastDay: day };
}

/**
 * A reproducible corpus of (state, treaty) histories: `count` histories of
 * `minEvents`–`maxEvents` events each, of every event type (notifications with
 * and without a named later date, revocations, suspensions, objections,
 * armed conflicts, retractions of earlier events, and events of other
 * treaties that `assess` must skip), assessed on a day from two months
 * before the last event to a year after it. Every history passes
 * `validateEvents`; the JSON is of its normalised output.
 */
export function generateHistories(options: HistoryOptions): History[] {
  const prng = createPrng(options.seed);
  const histories: History[] = [];
  for (let n = 0; n < options.count; n += 1) {
    const state = prng.pick(STATE_CODES);
    const treaty = prng.pick(TREATY_IDS);
    const length = prng.int(options.minEvents, options.maxEvents);
    const { raw, lastDay } = rawHistory(prng, state, treaty, length);
    const result = validateEvents(raw);
    if (!result.ok) {
      throw new Error(`generated history ${n} is invalid: ${JSON.stringify(result.issues)}`);
    }
    const events: readonly TreatyEvent[] = result.events;
    histories.push({
      state,
      treaty,
      asOf: dateOf(lastDay + prng.int(-60, 365)),
      json: JSON.stringify(events),
    });
  }
  return histories;
}
