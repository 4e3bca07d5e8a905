/**
 * Commander collector for a repeatable option that also takes comma-separated
 * values: `--state UA --state PL,LT` → `['UA', 'PL', 'LT']`.
 */
export function collectValues(value: string, previous: readonly string[] = []): string[] {
  const values = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...previous, ...values];
}
