import type { StoredAssessment } from '@treatywatch/core';
import { findTreaty, type IsoDate, stateName } from '@treatywatch/rules';
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';

/** What the calendar is built from. */
export interface CalendarInput {
  /** Current assessments; only pending withdrawals with an effective date become events. */
  readonly assessments: readonly StoredAssessment[];
  /** Scheme and host, for each event's link to its state page. */
  readonly origin: string;
  /** DTSTAMP for an assessment whose `evaluatedAt` is unreadable (ISO 8601 instant). */
  readonly now: string;
}

function instant(value: string, fallback: string): Date {
  const ms = Date.parse(value);
  return new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms);
}

/**
 * An iCalendar (RFC 5545) of upcoming effective dates, written by
 * `ical-generator`: one all-day VEVENT per pending withdrawal, with a UID
 * stable per (state, treaty, effective date), so a calendar that subscribes
 * follows the facts: an event moves or disappears when a new fact changes the
 * assessment.
 */
export function renderCalendar({ assessments, origin, now }: CalendarInput): string {
  const pending = assessments
    .filter(
      (a): a is StoredAssessment & { effectiveOn: IsoDate } =>
        a.status === 'withdrawal-pending' && a.effectiveOn !== null,
    )
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.state.localeCompare(b.state));
  const calendar = ical({
    prodId: { company: 'Treaty Watch', product: 'Withdrawals taking effect', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Treaty Watch: withdrawals taking effect',
  });
  for (const a of pending) {
    const treaty = findTreaty(a.treaty);
    calendar.createEvent({
      id: `${a.state}-${a.treaty}-${a.effectiveOn}@treatywatch`,
      stamp: instant(a.evaluatedAt, now),
      // A date-only string: an all-day event on that calendar day, whatever the host's time zone.
      start: a.effectiveOn,
      allDay: true,
      summary: `${stateName(a.state)}: withdrawal from the ${treaty?.shortName ?? a.treaty} takes effect`,
      description: [
        ...a.explanation,
        ...(a.sources.length > 0 ? ['', 'Sources:', ...a.sources] : []),
      ].join('\n'),
      url: `${origin}/status/${encodeURIComponent(a.state)}`,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
