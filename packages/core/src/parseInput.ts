import type { InputIssue } from '@treatywatch/rules';
import type * as z from 'zod/mini';
import { InvalidInputError } from './errors.js';

/** `states[2]`, `filter.states[0]`: a zod issue path written as the field it names. */
function fieldName(path: readonly PropertyKey[], whole: string): string {
  if (path.length === 0) return whole;
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * One `InputIssue` per bad field, the first zod found (later checks of a field
 * that already failed add nothing clear); an unknown-keys issue becomes one
 * issue per unknown field.
 */
function inputIssues(error: z.core.$ZodError, whole: string): InputIssue[] {
  const byField = new Map<string, InputIssue>();
  for (const issue of error.issues) {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    for (const path of paths) {
      const field = fieldName(path, whole);
      if (!byField.has(field)) byField.set(field, { field, message: issue.message });
    }
  }
  return [...byField.values()];
}

/**
 * `input` parsed by `schema`; throws `InvalidInputError` with one issue per
 * bad field otherwise. Issues about the input as a whole are named `whole`
 * (e.g. `(subscription)`, or the parameter's name for a single value). The
 * schema writes the messages; this only names the fields.
 *
 * @example
 * const code = parseInput(stateCodeSchema, 'ua', 'state'); // 'UA'
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  whole: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(inputIssues(result.error, whole));
  return result.data;
}
