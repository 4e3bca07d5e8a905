import type { StoredAssessment } from '@treatywatch/core';
import { findTreaty, type IsoDate, type Status, stateName } from '@treatywatch/rules';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';

/** What the calendar is built from. */
export interface CalendarInput {
  /** Current assessments; each withdrawal with a known effective date becomes an event. */
  readonly assessments: readonly StoredAssessment[];
  /** Scheme and host, for each event's link to its state page. */
  readonly origin: string;
  /** DTSTAMP for an assessment whose `evaluatedAt` is unreadable (ISO 8601 instant). */
  readonly now: string;
  /** Today (UTC): an event on or after it that has not happened yet is upcoming. */
  readonly today: IsoDate;
  /** Reminders, in days before each upcoming event (see `parseCalendarAlarms`); none by default. */
  readonly alarms?: readonly number[];
}

/** The statuses whose effective date is an event: taken effect, running, or held back by armed conflict. */
const WITH_EFFECTIVE_DATE: ReadonlySet<Status> = new Set([
  'withdrawn',
  'withdrawal-pending',
  'withdrawal-suspended',
]);

const DAY_SECONDS = 86_400;

function instant(value: string, fallback: string): Date {
  const ms = Date.parse(value);
  return new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms);
}

function summary(a: StoredAssessment, treaty: string): string {
  const state = stateName(a.state);
  return a.status === 'withdrawn'
    ? `${state}: withdrawal from the ${treaty} took effect`
    : `${state}: withdrawal from the ${treaty} takes effect`;
}

/**
 * An iCalendar (RFC 5545) of the effective dates of withdrawals, past and
 * upcoming, written by `ical-generator`: one all-day VEVENT per withdrawal
 * that took effect, is pending, or is suspended by an armed conflict once its
 * date is known. Each has the state, treaty and what happens as summary, the
 * explanation as description and the state's page as URL. Its UID is stable
 * per (state, treaty, effective date), so when a pending withdrawal takes
 * effect a subscribed calendar updates the event rather than adding one, and
 * an event moves or goes when a new fact changes the date. Upcoming events
 * carry a display VALARM for each of `alarms` days before.
 */
export function renderCalendar({
  assessments,
  origin,
  now,
  today,
  alarms = [],
}: CalendarInput): string {
  const dated = assessments
    .filter(
      (a): a is StoredAssessment & { effectiveOn: IsoDate } =>
        WITH_EFFECTIVE_DATE.has(a.status) && a.effectiveOn !== null,
    )
    .sort(
      (a, b) =>
        a.effectiveOn.localeCompare(b.effectiveOn) ||
        a.state.localeCompare(b.state) ||
        a.treaty.localeCompare(b.treaty),
    );
  const calendar = ical({
    prodId: { company: 'Treaty Watch', product: 'Withdrawals taking effect', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Treaty Watch: when withdrawals take effect',
    description:
      'The day each withdrawal from a treaty took or takes effect in law, with the explanation and sources.',
  });
  for (const a of dated) {
    const treaty = findTreaty(a.treaty)?.shortName ?? a.treaty;
    const event = calendar.createEvent({
      id: `${a.state}-${a.treaty}-${a.effectiveOn}@treatywatch`,
      stamp: instant(a.evaluatedAt, now),
      // A date-only string: an all-day event on that calendar day, whatever the host's time zone.
      start: a.effectiveOn,
      allDay: true,
      summary: summary(a, treaty),
      description: [
        ...a.explanation,
        ...(a.sources.length > 0 ? ['', 'Sources:', ...a.sources] : []),
      ].join('\n'),
      url: `${origin}/status/${encodeURIComponent(a.state)}`,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    if (a.status === 'withdrawn' || a.effectiveOn < today) continue;
    for (const days of alarms) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: days * DAY_SECONDS,
        description: `In ${days} day${days === 1 ? '' : 's'}: ${summary(a, treaty)}`,
      });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
