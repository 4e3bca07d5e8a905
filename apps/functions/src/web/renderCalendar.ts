import type { StoredAssessment } from '@treatywatch/core';
import { findTreaty, type IsoDate, stateName } from '@treatywatch/rules';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';

/** What the calendar is built from. */
export interface CalendarInput {
  /** Current assessments; only pending withdrawals with an effective date become events. */
  readonly assessments: readonly StoredAssessment[];
  /** Scheme and host, for each event's link to its state page. */
  readonly origin: string;
  /** DTSTAMP for an assessment whose `evaluatedAt` is unreadable (ISO 8601 instant). */
  readonly now: string;
}

function icsDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function nextDay(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function icsInstant(instant: string, fallback: string): string {
  const ms = Date.parse(instant);
  const iso = new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * An iCalendar (RFC 5545) of upcoming effective dates: one all-day VEVENT per
 * pending withdrawal, with a UID stable per (state, treaty, effective date), so
 * a calendar that subscribes follows the facts: an event moves or disappears
 * when a new fact changes the assessment. CRLF line ends, folded lines,
 * escaped text.
 */
export function renderCalendar({ assessments, origin, now }: CalendarInput): string {
  const pending = assessments
    .filter(
      (a): a is StoredAssessment & { effectiveOn: IsoDate } =>
        a.status === 'withdrawal-pending' && a.effectiveOn !== null,
    )
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.state.localeCompare(b.state));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Treaty Watch//Withdrawals taking effect//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText('Treaty Watch: withdrawals taking effect')}`,
  ];
  for (const a of pending) {
    const name = stateName(a.state);
    const treaty = findTreaty(a.treaty);
    const summary = `${name}: withdrawal from the ${treaty?.shortName ?? a.treaty} takes effect`;
    const description = [
      ...a.explanation,
      ...(a.sources.length > 0 ? ['', 'Sources:', ...a.sources] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${a.state}-${a.treaty}-${a.effectiveOn}@treatywatch`,
      `DTSTAMP:${icsInstant(a.evaluatedAt, now)}`,
      `DTSTART;VALUE=DATE:${icsDate(a.effectiveOn)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(a.effectiveOn))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `URL:${origin}/status/${encodeURIComponent(a.state)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
