import { createHash } from 'node:crypto';
import { findTreaty } from './findTreaty.js';

/** The fields of an event that make up its identity (the note and confidence do not). */
export interface EventContent {
  readonly state: string;
  readonly type: string;
  readonly treaty?: string | null;
  readonly date: string;
  readonly effectiveDate?: string;
  readonly retracts?: string;
  readonly objector?: string;
  readonly source: string;
}

/**
 * A deterministic id derived from an event's content: `ev-` and the first 24
 * hex digits of the SHA-256 of the canonical JSON of `state`, `type`, `treaty`
 * (canonical id, aliases resolved), `date`, `effectiveDate`, `retracts`,
 * `objector` and `source`, in that order, absent fields as `null`. The same
 * fact sent twice gets the same id, which makes recording idempotent.
 *
 * @example
 * eventId({ state: 'FI', type: 'withdrawal-notified', treaty: 'ottawa', date: '2025-07-10', source: 'https://example.org/' })
 *   === eventId({ state: 'FI', type: 'withdrawal-notified', treaty: 'apmbc', date: '2025-07-10', source: 'https://example.org/' }); // true
 */
export function eventId(raw: EventContent): string {
  const treaty = typeof raw.treaty === 'string' ? (findTreaty(raw.treaty)?.id ?? raw.treaty) : null;
  const canonical = JSON.stringify({
    state: raw.state,
    type: raw.type,
    treaty,
    date: raw.date,
    effectiveDate: raw.effectiveDate ?? null,
    retracts: raw.retracts ?? null,
    objector: raw.objector ?? null,
    source: raw.source,
  });
  return `ev-${createHash('sha256').update(canonical).digest('hex').slice(0, 24)}`;
}
