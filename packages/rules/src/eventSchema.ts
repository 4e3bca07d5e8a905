import * as z from 'zod/mini';
import { EVENT_TYPES } from './constants.js';
import { findTreaty } from './findTreaty.js';
import { isIsoDate } from './isIsoDate.js';
import { isStateCode } from './stateCodes.js';
import { TREATIES } from './treaties.js';

function required(kind: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined ? 'is required' : `must be ${kind}`;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

const KNOWN_TREATIES = TREATIES.map((treaty) => [treaty.id, ...treaty.aliases].join('/')).join(
  ', ',
);

const isoDate = z
  .string({ error: required('a string') })
  .check(z.refine(isIsoDate, { error: 'must be a real calendar date written YYYY-MM-DD' }));

const stateCode = z.string({ error: required('a string') }).check(
  z.refine(isStateCode, {
    error: (issue) =>
      `must be an assigned ISO 3166-1 alpha-2 code in upper case, e.g. "UA" (got ${JSON.stringify(issue.input)})`,
  }),
);

/**
 * The shape of one raw event field by field (docs/rules.md, "Events"). Rules that
 * relate several fields are checked by `validateEvents`, so that every issue
 * of an event is reported, not only the first.
 */
export const rawEventSchema = z.partial(
  z.strictObject(
    {
      id: z
        .string({ error: 'must be a string' })
        .check(
          z.minLength(1, { error: 'must not be empty' }),
          z.maxLength(200, { error: 'must be at most 200 characters' }),
        ),
      state: stateCode,
      type: z.enum(EVENT_TYPES, {
        error: (issue) =>
          issue.input === undefined
            ? 'is required'
            : `unknown event type ${JSON.stringify(issue.input)}; known: ${EVENT_TYPES.join(', ')}`,
      }),
      treaty: z.nullable(
        z.string({ error: 'must be a string or null' }).check(
          z.refine((value) => findTreaty(value) !== undefined, {
            error: (issue) =>
              `unknown treaty ${JSON.stringify(issue.input)}; known: ${KNOWN_TREATIES}`,
          }),
        ),
      ),
      date: isoDate,
      effectiveDate: isoDate,
      retracts: z
        .string({ error: 'must be a string' })
        .check(z.minLength(1, { error: 'must not be empty' })),
      objector: stateCode,
      source: z
        .string({ error: required('a string') })
        .check(z.refine(isHttpUrl, { error: 'must be an http(s) URL' })),
      note: z.string({ error: 'must be a string' }),
      confidence: z.literal('unverified', { error: 'must be "unverified" when given' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? 'unknown field' : 'must be an object',
    },
  ),
  {
    id: true,
    treaty: true,
    effectiveDate: true,
    retracts: true,
    objector: true,
    note: true,
    confidence: true,
  },
);

/** A raw event whose fields each have the right shape. */
export type RawEvent = z.infer<typeof rawEventSchema>;
