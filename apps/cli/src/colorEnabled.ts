/**
 * Whether output to `stream` should be coloured: only on a terminal, and
 * never when `NO_COLOR` is set to a non-empty value (https://no-color.org)
 * or the terminal is `dumb`.
 */
export function colorEnabled(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
