import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One accessibility rule broken on a page, with the elements that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core inside the page (WCAG 2 A and AA rules and best practices) and
 * returns the violations of the given impacts.
 */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ['serious', 'critical'],
): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  // A string, so the page-side code needs no DOM typings in this Node project.
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((results) =>
      results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    )
  `);
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}
