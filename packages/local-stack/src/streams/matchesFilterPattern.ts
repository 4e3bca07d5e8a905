/**
 * A leaf of a Lambda event filter pattern: an exact value. Lambda's comparison
 * operators (`prefix`, `exists`, `numeric`…) are left out: no filter in
 * `STREAM_FILTERS` uses one.
 */
export type FilterValue = string | number | boolean | null;

/**
 * A Lambda event filter pattern (the `Pattern` of an event source mapping's
 * filter criteria): nested objects name the fields, arrays list the values one
 * of which the field must match.
 */
export interface FilterPattern {
  readonly [field: string]: FilterPattern | readonly FilterValue[];
}

/**
 * Whether `data` (a record shaped as Lambda sees it) matches `pattern`, with
 * Lambda's semantics: every field of the pattern must match; a leaf matches
 * when any of its listed values does; a field holding an array matches when
 * any of its elements does; an absent field matches nothing.
 *
 * @example
 * matchesFilterPattern({ eventName: ['INSERT'] }, { eventName: 'INSERT' }) // true
 * matchesFilterPattern({ dynamodb: { NewImage: { kind: { S: ['event'] } } } }, record)
 */
export function matchesFilterPattern(pattern: FilterPattern, data: unknown): boolean {
  const object = isRecord(data) ? data : {};
  return Object.entries(pattern).every(([field, expected]) => {
    const present = Object.hasOwn(object, field);
    const actual = object[field];
    if (Array.isArray(expected))
      return matchesLeaf(expected as readonly FilterValue[], present, actual);
    return present && matchesFilterPattern(expected as FilterPattern, actual);
  });
}

/** Whether `data` matches at least one of `patterns` (filter criteria are OR-ed); no patterns match everything. */
export function matchesAnyFilterPattern(
  patterns: readonly FilterPattern[],
  data: unknown,
): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesFilterPattern(pattern, data));
}

function matchesLeaf(values: readonly FilterValue[], present: boolean, actual: unknown): boolean {
  if (!present) return false;
  const candidates = Array.isArray(actual) ? actual : [actual];
  return values.some((value) => candidates.includes(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
