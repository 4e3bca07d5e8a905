import { RECENT_CHANGES_LIMIT } from './constants.js';
import { InvalidInputError } from './errors.js';
import type { LedgerEntry, NotificationLedger } from './ports.js';

/** The alerts that went out, newest first; at most `limit` (default 50, at most 1,000). */
export async function recentChanges(
  deps: { ledger: NotificationLedger },
  limit: number = RECENT_CHANGES_LIMIT.default,
): Promise<LedgerEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > RECENT_CHANGES_LIMIT.max) {
    throw new InvalidInputError([
      {
        field: 'limit',
        message: `must be a whole number from 1 to ${RECENT_CHANGES_LIMIT.max}, got ${JSON.stringify(limit)}`,
      },
    ]);
  }
  const entries = await deps.ledger.list(limit);
  return [...entries].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, limit);
}
