import { STATUS_WORDS, type Status } from '@treatywatch/rules';

/**
 * A status in words as the pages show it: the rules' wording, capitalised.
 *
 * @example
 * statusLabel('withdrawal-pending') // 'Withdrawal pending'
 */
export function statusLabel(status: Status): string {
  const words = STATUS_WORDS[status] ?? status;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
