/**
 * The `q` quantile (0 ≤ q ≤ 1) of `values` by linear interpolation between
 * the closest ranks, as most tools compute p50 and p95. Does not mutate
 * `values`; throws on an empty list.
 *
 * @example
 * quantile([3, 1, 2], 0.5); // 2
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/** The median of `values`: `quantile(values, 0.5)`. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
