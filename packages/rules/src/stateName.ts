let displayNames: Intl.DisplayNames | undefined;
const names = new Map<string, string>();
/** More than every assigned code: input that is no code cannot grow the cache without bound. */
const MAX_CACHED = 512;

/**
 * The English name of a state from its ISO 3166-1 alpha-2 code, via
 * `Intl.DisplayNames` (one shared instance, names cached). Falls back to the
 * code itself when no name is known.
 *
 * @example
 * stateName('UA'); // 'Ukraine'
 */
export function stateName(code: string): string {
  const known = names.get(code);
  if (known !== undefined) return known;
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  let name = code;
  try {
    name = displayNames.of(code) ?? code;
  } catch {
    // Not a well-formed region code: the code is the best name there is.
  }
  if (names.size < MAX_CACHED) names.set(code, name);
  return name;
}
