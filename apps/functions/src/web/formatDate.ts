import type { IsoDate } from '@treatywatch/rules';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A civil date in words for readers, e.g. `2026-01-27` → `27 January 2026`.
 * Pages put it in a `<time datetime>` element so machines still read the ISO date.
 */
export function formatDate(date: IsoDate): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(instant) ? date : FORMAT.format(instant);
}
