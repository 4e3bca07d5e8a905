import { type IsoDate, isIsoDate } from '@treatywatch/rules';
import * as z from 'zod/mini';
import { parseInput } from './parseInput.js';
import type { Clock } from './ports.js';

const notARealDate = (issue: { input: unknown }): string =>
  `must be a real date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`;

/** A day to evaluate as of: absent, or a real calendar date written `YYYY-MM-DD`. */
const asOfSchema = z.optional(
  z.string({ error: notARealDate }).check(z.refine(isIsoDate, { error: notARealDate })),
);

/** `asOf` when given (it must be a real `YYYY-MM-DD` date), else the clock's today. */
export function parseAsOf(asOf: unknown, clock: Clock): IsoDate {
  return parseInput(asOfSchema, asOf, 'asOf') ?? clock.today();
}
