import { type IsoDate, isIsoDate } from '@treatywatch/rules';
import { InvalidInputError } from './errors.js';
import type { Clock } from './ports.js';

/** `asOf` when given (it must be a real `YYYY-MM-DD` date), else the clock's today. */
export function parseAsOf(asOf: unknown, clock: Clock): IsoDate {
  if (asOf === undefined) return clock.today();
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new InvalidInputError([
      {
        field: 'asOf',
        message: `must be a real date written YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
      },
    ]);
  }
  return asOf;
}
