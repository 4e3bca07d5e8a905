import { isStateCode } from '@treatywatch/rules';
import { InvalidInputError } from './errors.js';

/**
 * `value` as an ISO 3166-1 alpha-2 code; throws `InvalidInputError` naming
 * `field` otherwise. Lower case is accepted and upper-cased.
 */
export function parseStateCode(value: unknown, field = 'state'): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!isStateCode(code)) {
    throw new InvalidInputError([
      {
        field,
        message: `must be an ISO 3166-1 alpha-2 state code such as "UA", got ${JSON.stringify(value)}`,
      },
    ]);
  }
  return code;
}
