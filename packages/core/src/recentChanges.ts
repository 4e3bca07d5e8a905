import * as z from 'zod/mini';
import { RECENT_CHANGES_LIMIT } from './constants.js';
import { parseInput } from './parseInput.js';
import type { LedgerEntry, NotificationLedger } from './ports.js';

const notALimit = (issue: { input: unknown }): string =>
  `must be a whole number from 1 to ${RECENT_CHANGES_LIMIT.max}, got ${JSON.stringify(issue.input)}`;

/** How many alerts to list: a whole number from 1 to `RECENT_CHANGES_LIMIT.max`. */
const limitSchema = z
  .number({ error: notALimit })
  .check(
    z.refine(Number.isInteger, { error: notALimit }),
    z.gte(1, { error: notALimit }),
    z.lte(RECENT_CHANGES_LIMIT.max, { error: notALimit }),
  );

/** The alerts that went out, newest first; at most `limit` (default 50, at most 1,000). */
export async function recentChanges(
  deps: { ledger: NotificationLedger },
  limit: number = RECENT_CHANGES_LIMIT.default,
): Promise<LedgerEntry[]> {
  const count = parseInput(limitSchema, limit, 'limit');
  const entries = await deps.ledger.list(count);
  return [...entries].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, count);
}
