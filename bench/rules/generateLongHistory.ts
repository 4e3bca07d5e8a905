import { type EventType, type TreatyEvent, validateEvents } from '@treatywatch/rules';
import { createPrng } from '../stats/createPrng.js';

/** Options of `generateLongHistory`. */
export interface LongHistoryOptions {
  readonly events: number;
  readonly seed: number;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1900, 0, 1);
const TYPES: readonly EventType[] = [
  'withdrawal-announced',
  'withdrawal-approved',
  'withdrawal-notified',
  'withdrawal-revoked',
  'objection-lodged',
  'became-party',
  'armed-conflict-began',
  'armed-conflict-ended',
  'event-retracted',
];

/**
 * One state's history of `events` events for one treaty (the Ottawa
 * Convention), of every type, several a day, validated and then shuffled:
 * the order a store or a file need not keep. `json` is its JSON text.
 */
export function generateLongHistory(options: LongHistoryOptions): {
  readonly asOf: string;
  readonly json: string;
} {
  const prng = createPrng(options.seed);
  const raw: Record<string, unknown>[] = [];
  let day = 0;
  for (let index = 0; index < options.events; index += 1) {
    day += prng.int(0, 1);
    const type = index === 0 ? 'became-party' : prng.pick(TYPES);
    const base = {
      id: `pl-${index}`,
      state: 'PL',
      type,
      date: new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10),
      source: `https://example.org/pl/${index % 5_000}`,
    };
    if (type === 'event-retracted') raw.push({ ...base, retracts: `pl-${prng.int(0, index - 1)}` });
    else if (type === 'armed-conflict-began' || type === 'armed-conflict-ended') raw.push(base);
    else if (type === 'objection-lodged') raw.push({ ...base, treaty: 'apmbc', objector: 'CH' });
    else raw.push({ ...base, treaty: 'apmbc' });
  }
  const result = validateEvents(raw, { wholeHistory: true });
  if (!result.ok) throw new Error(`long history is invalid: ${JSON.stringify(result.issues[0])}`);
  const shuffled: TreatyEvent[] = [...result.events];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = prng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j] as TreatyEvent, shuffled[i] as TreatyEvent];
  }
  const asOf = new Date(EPOCH + (day + 1) * DAY_MS).toISOString().slice(0, 10);
  return { asOf, json: JSON.stringify(shuffled) };
}
