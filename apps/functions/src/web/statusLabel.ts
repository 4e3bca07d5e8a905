import { STATUS_WORDS, type Status } from '@treatywatch/rules';
import { capitalise } from './capitalise.js';

/**
 * A status in words as the pages show it: the rules' wording, capitalised.
 *
 * @example
 * statusLabel('withdrawal-pending') // 'Withdrawal pending'
 */
export function statusLabel(status: Status): string {
  return capitalise(STATUS_WORDS[status] ?? status);
}
