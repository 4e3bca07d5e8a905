import { readFileSync } from 'node:fs';
import type { EventType, TreatyEvent, TreatyId } from '../../src/index.js';

/** One fact for state `PL` (or `options.state`), id derived from its type and date unless given. */
export function fact(
  type: EventType,
  date: string,
  options: Partial<Omit<TreatyEvent, 'type' | 'date'>> & { treaty?: TreatyId | null } = {},
): TreatyEvent {
  const stateWide =
    type === 'armed-conflict-began' ||
    type === 'armed-conflict-ended' ||
    type === 'event-retracted';
  return {
    id: options.id ?? `${type}@${date}`,
    state: options.state ?? 'PL',
    type,
    treaty: options.treaty !== undefined ? options.treaty : stateWide ? null : 'apmbc',
    date,
    source: options.source ?? `https://example.org/${type}/${date}`,
    ...(options.effectiveDate === undefined ? {} : { effectiveDate: options.effectiveDate }),
    ...(options.retracts === undefined ? {} : { retracts: options.retracts }),
    ...(options.objector === undefined ? {} : { objector: options.objector }),
    ...(options.confidence === undefined ? {} : { confidence: options.confidence }),
  };
}

/** A JSON file of the repository's curated `data/` directory. */
export function curatedData(name: string): unknown {
  const url = new URL(`../../../../data/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}
