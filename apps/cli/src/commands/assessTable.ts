import type { Assessment, IsoDate, Status } from '@treatywatch/rules';
import { getTreaty, stateName } from '@treatywatch/rules';
import pc from 'picocolors';

/** How `formatAssessTable` renders. */
export interface AssessTableOptions {
  /** The day the assessments hold for, shown in the heading. */
  readonly asOf: IsoDate;
  /** Emit ANSI colours (decide with `colorEnabled`). */
  readonly color: boolean;
}

const HEADINGS = ['State', 'Treaty', 'Status', 'Since', 'Effective on', 'Next review'] as const;
const NONE = '-';
const GAP = '  ';

/**
 * Renders assessments as a plain-text table, one row per state and treaty:
 * state code and English name, treaty short name, status, since, effective
 * on, next review. Ends with a newline.
 *
 * @example
 * process.stdout.write(formatAssessTable(assessments, { asOf: '2026-01-15', color: false }));
 * // Treaty Watch: 12 assessments as of 2026-01-15
 * //
 * // State       Treaty  Status     Since       Effective on  Next review
 * // EE Estonia  …       withdrawn  2025-12-27  2025-12-27    -
 */
export function formatAssessTable(
  assessments: readonly Assessment[],
  options: AssessTableOptions,
): string {
  const colors = pc.createColors(options.color);
  const count = assessments.length;
  const heading = `Treaty Watch: ${count} ${count === 1 ? 'assessment' : 'assessments'} as of ${options.asOf}`;
  if (count === 0) return `${colors.bold(heading)}\n\nNo state has a treaty event in the input.\n`;

  const rows = assessments.map((a) => [
    `${a.state} ${stateName(a.state)}`,
    getTreaty(a.treaty).shortName,
    a.status,
    a.since ?? NONE,
    a.effectiveOn ?? NONE,
    a.nextReviewOn ?? NONE,
  ]);
  const widths = HEADINGS.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // Pad before colouring: escape codes have no width on screen.
  const pad = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0));

  const lines = [
    colors.bold(heading),
    '',
    colors.bold(pad(HEADINGS).join(GAP).trimEnd()),
    ...rows.map((row, i) => {
      const cells = pad(row);
      const status = assessments[i]?.status;
      if (status && cells[2]) cells[2] = paintStatus(colors, status, cells[2]);
      return cells.join(GAP).trimEnd();
    }),
  ];
  return `${lines.join('\n')}\n`;
}

type Colors = ReturnType<typeof pc.createColors>;

function paintStatus(colors: Colors, status: Status, text: string): string {
  switch (status) {
    case 'party':
      return colors.green(text);
    case 'withdrawn':
      return colors.red(text);
    case 'withdrawal-pending':
    case 'withdrawal-suspended':
      return colors.yellow(text);
    default:
      return colors.magenta(text);
  }
}
