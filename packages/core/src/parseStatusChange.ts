import {
  isIsoDate,
  STATUSES,
  type StatusChange,
  TREATIES,
  type TreatyId,
} from '@treatywatch/rules';
import * as z from 'zod/mini';
import { parseInput } from './parseInput.js';

const TREATY_IDS: ReadonlySet<string> = new Set(TREATIES.map((treaty) => treaty.id));

const nonEmptyString = z
  .string({ error: 'must be a non-empty string' })
  .check(z.minLength(1, { error: 'must be a non-empty string' }));

const status = z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` });

const dayOrNull = z.nullable(
  z
    .string({ error: 'must be null or a real date written YYYY-MM-DD' })
    .check(z.refine(isIsoDate, { error: 'must be null or a real date written YYYY-MM-DD' })),
);

const stringList = z.array(z.string({ error: 'must be a string' }), {
  error: 'must be an array of strings',
});

/**
 * A status change as the rules' `diff` produces it. Not a request body: it
 * comes from the stream or a notification, so fields it does not know are
 * dropped rather than refused.
 */
export const statusChangeSchema = z.object(
  {
    id: nonEmptyString,
    state: nonEmptyString,
    treaty: z.pipe(
      nonEmptyString,
      z.custom<TreatyId>((value) => TREATY_IDS.has(value as string), {
        error: (issue) => `must be a treaty id of the catalog, got ${JSON.stringify(issue.input)}`,
      }),
    ),
    previousStatus: z.nullable(
      z.enum(STATUSES, { error: `must be null or one of ${STATUSES.join(', ')}` }),
    ),
    status,
    since: dayOrNull,
    effectiveOn: dayOrNull,
    explanation: stringList,
    sources: stringList,
  },
  { error: 'must be a status change object' },
);

/**
 * Checks that `input` has the shape of a `StatusChange` (as the rules package
 * produces it); throws `InvalidInputError` naming each bad field otherwise.
 */
export function parseStatusChange(input: unknown): StatusChange {
  return parseInput(statusChangeSchema, input, '(change)');
}
