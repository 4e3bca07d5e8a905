import { isStateCode } from '@treatywatch/rules';
import * as z from 'zod/mini';

const toStateCode = (value: string): string => value.trim().toUpperCase();

const notAStateCode = (issue: { input: unknown }): string =>
  `must be an ISO 3166-1 alpha-2 state code such as "UA", got ${JSON.stringify(issue.input)}`;

/**
 * An ISO 3166-1 alpha-2 state code, trimmed and upper-cased (`' ua'` → `'UA'`).
 * The check runs on the value as given, so the message quotes what was sent.
 */
export const stateCodeSchema = z.string({ error: notAStateCode }).check(
  z.refine((value) => isStateCode(toStateCode(value)), { error: notAStateCode }),
  z.overwrite(toStateCode),
);
