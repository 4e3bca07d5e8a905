import type { BenchRow } from './BenchResult.js';

const HEADERS = ['benchmark', 'figure', 'target', 'met?'] as const;

function metWord(met: boolean | null): string {
  return met === null ? '—' : met ? 'yes' : 'NO';
}

/**
 * The rows as one plain-text table with aligned columns, for a terminal.
 *
 * @example
 * formatTable([{ benchmark: 'x', figure: '1 ms', target: '≤ 2 ms', met: true }]);
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.benchmark, row.figure, row.target, metWord(row.met)]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(HEADERS), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}
