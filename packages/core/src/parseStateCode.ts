import { parseInput } from './parseInput.js';
import { stateCodeSchema } from './stateCodeSchema.js';

/**
 * `value` as an ISO 3166-1 alpha-2 code; throws `InvalidInputError` naming
 * `field` otherwise. Lower case is accepted and upper-cased.
 */
export function parseStateCode(value: unknown, field = 'state'): string {
  return parseInput(stateCodeSchema, value, field);
}
