/**
 * A leaf of a Lambda event filter pattern: an exact value, or one of the
 * comparison operators the local stack supports (`prefix`, `suffix`,
 * `exists`, `anything-but`, `numeric`).
 */
export type FilterValue =
  | string
  | number
  | boolean
  | null
  | { readonly prefix: string }
  | { readonly suffix: string }
  | { readonly exists: boolean }
  | { readonly 'anything-but': string | number | readonly (string | number)[] }
  | { readonly numeric: readonly (string | number)[] };

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
 * any of its elements does; `{exists: false}` matches an absent field.
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
  return values.some((value) => {
    if (isRecord(value) && 'exists' in value) return value.exists === present;
    if (!present) return false;
    const candidates = Array.isArray(actual) ? actual : [actual];
    return candidates.some((candidate) => matchesValue(value, candidate));
  });
}

function matchesValue(value: FilterValue, actual: unknown): boolean {
  if (!isRecord(value)) return value === actual;
  if ('prefix' in value) return typeof actual === 'string' && actual.startsWith(value.prefix);
  if ('suffix' in value) return typeof actual === 'string' && actual.endsWith(value.suffix);
  if ('anything-but' in value) {
    const excluded = value['anything-but'];
    const list: readonly unknown[] = Array.isArray(excluded) ? excluded : [excluded];
    return (typeof actual === 'string' || typeof actual === 'number') && !list.includes(actual);
  }
  if ('numeric' in value)
    return typeof actual === 'number' && matchesNumeric(value.numeric, actual);
  return false;
}

// `numeric: ['>', 0, '<=', 5]`: operator/operand pairs, all of which must hold.
function matchesNumeric(conditions: readonly (string | number)[], actual: number): boolean {
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const operator = conditions[i];
    const operand = Number(conditions[i + 1]);
    const holds =
      operator === '='
        ? actual === operand
        : operator === '>'
          ? actual > operand
          : operator === '>='
            ? actual >= operand
            : operator === '<'
              ? actual < operand
              : operator === '<='
                ? actual <= operand
                : false;
    if (!holds) return false;
  }
  return conditions.length > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
