/**
 * Words as a label starts them: the first letter in upper case.
 *
 * @example
 * capitalise('withdrawal pending') // 'Withdrawal pending'
 */
export function capitalise(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
