import { LAST_DATE, periodEnd } from './addPeriod.js';
import { STATE_WIDE_EVENT_TYPES } from './constants.js';
import { eventId } from './eventId.js';
import { type RawEvent, rawEventSchema } from './eventSchema.js';
import { periodWords } from './explanationText.js';
import { findTreaty } from './findTreaty.js';
import { retractionIssues } from './retractionIssues.js';
import type { InputIssue, TreatyEvent, ValidationResult } from './types.js';

/** Options of {@link validateEvents}. */
export interface ValidationOptions {
  /**
   * The input is a whole history (a file given to `assess`), so a retraction
   * must name one of its events. Otherwise (a batch sent to be recorded) an
   * id it does not hold is accepted.
   */
  readonly wholeHistory?: boolean;
}

const STATE_WIDE: ReadonlySet<string> = new Set(STATE_WIDE_EVENT_TYPES);

/** Index given to an issue about the input as a whole (it is not an array). */
const WHOLE_INPUT = -1;

function rawId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Rules relating several fields; run on what has the right shape, so every issue is reported. */
function relationIssues(raw: Partial<RawEvent>, report: (field: string, message: string) => void) {
  const { type } = raw;
  if (type === undefined) return;
  if (STATE_WIDE.has(type)) {
    if (typeof raw.treaty === 'string') {
      report(
        'treaty',
        `must be absent or null: ${type} concerns the state as a whole, not one treaty`,
      );
    }
  } else if (raw.treaty === undefined || raw.treaty === null) {
    report('treaty', `is required for ${type}`);
  }
  if (raw.effectiveDate !== undefined) {
    if (type !== 'withdrawal-notified') {
      report('effectiveDate', `is allowed only on withdrawal-notified, not on ${type}`);
    } else if (raw.date !== undefined && raw.effectiveDate < raw.date) {
      report('effectiveDate', `must not be before the date (${raw.date})`);
    }
  }
  if (type === 'event-retracted') {
    if (raw.retracts === undefined) report('retracts', 'is required for event-retracted');
    else if (raw.retracts === raw.id) report('retracts', 'must name another event, not itself');
  } else if (raw.retracts !== undefined) {
    report('retracts', `is allowed only on event-retracted, not on ${type}`);
  }
  calendarIssues(raw, report);
  if (type === 'objection-lodged') {
    if (raw.objector === undefined) report('objector', 'is required for objection-lodged');
    else if (raw.objector === raw.state) {
      report('objector', 'must be another state than the one whose act is objected to');
    }
  } else if (raw.objector !== undefined) {
    report('objector', `is allowed only on objection-lodged, not on ${type}`);
  }
}

/** Dates the rules would compute from this event must still be `YYYY-MM-DD` dates (up to 9999-12-31). */
function calendarIssues(raw: Partial<RawEvent>, report: (field: string, message: string) => void) {
  const { type, date } = raw;
  const treaty = typeof raw.treaty === 'string' ? findTreaty(raw.treaty) : undefined;
  if (date === undefined || treaty === undefined) return;
  const [period, what] =
    type === 'withdrawal-notified'
      ? [treaty.noticePeriod, `the notice period under ${treaty.article}`]
      : type === 'became-party' && treaty.noticeBar !== null
        ? [
            treaty.noticeBar.period,
            `the time a party must wait before notice under ${treaty.noticeBar.article}`,
          ]
        : [null, ''];
  if (period !== null && periodEnd(date, period) === null) {
    report(
      'date',
      `is too late: ${what} (${periodWords(period)}) would end after ${LAST_DATE}, the last day a YYYY-MM-DD date can name`,
    );
  }
}

function normalise(raw: RawEvent): TreatyEvent {
  const treaty =
    STATE_WIDE.has(raw.type) || typeof raw.treaty !== 'string'
      ? null
      : (findTreaty(raw.treaty)?.id ?? null);
  const content = { ...raw, treaty };
  return {
    id: raw.id ?? eventId(content),
    state: raw.state,
    type: raw.type,
    treaty,
    date: raw.date,
    ...(raw.effectiveDate === undefined ? {} : { effectiveDate: raw.effectiveDate }),
    ...(raw.retracts === undefined ? {} : { retracts: raw.retracts }),
    ...(raw.objector === undefined ? {} : { objector: raw.objector }),
    source: raw.source,
    ...(raw.note === undefined ? {} : { note: raw.note }),
    ...(raw.confidence === undefined ? {} : { confidence: raw.confidence }),
  };
}

/**
 * Validates raw events against the input contract (docs/rules.md, "Events") and
 * normalises them: `id` always set (derived by `eventId` when absent), treaty
 * aliases resolved to canonical ids, `treaty: null` on state-wide types. Every
 * issue of every event is reported, each naming the event's index, its id
 * when it has one, and the field. Unknown fields are rejected. Two events
 * with the same id and different content are an issue; the same event twice
 * is not (recording is idempotent). An input that is not an array gives one
 * issue with index -1 and field `(input)`. A date from which the rules
 * would compute a day after 9999-12-31 is an issue. A retraction that names
 * an event of another state is an issue, and, with `wholeHistory`, one that
 * names an id no event of the input has (docs/rules.md, "Events").
 *
 * @example
 * const result = validateEvents(JSON.parse(body));
 * if (!result.ok) for (const issue of result.issues) console.error(issue);
 */
export function validateEvents(input: unknown, options: ValidationOptions = {}): ValidationResult {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ index: WHOLE_INPUT, field: '(input)', message: 'must be an array of events' }],
    };
  }
  const issues: InputIssue[] = [];
  const events: TreatyEvent[] = [];
  /** Each valid event's index in the input. */
  const positions: number[] = [];
  const byId = new Map<string, { index: number; content: string }>();
  input.forEach((value: unknown, index) => {
    const id = rawId(value);
    const report = (field: string, message: string) =>
      issues.push(id === undefined ? { index, field, message } : { index, id, field, message });
    const parsed = rawEventSchema.safeParse(value);
    if (parsed.success) {
      relationIssues(parsed.data, report);
    } else {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) report(key, 'unknown field');
        } else {
          report(issue.path.length === 0 ? '(event)' : issue.path.join('.'), issue.message);
        }
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const shaped = Object.fromEntries(
          Object.entries(value).filter(
            ([key]) => !parsed.error.issues.some((i) => i.path[0] === key),
          ),
        );
        const reported = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
        relationIssues(shaped as Partial<RawEvent>, (field, message) => {
          if (!reported.has(field)) report(field, message);
        });
      }
      return;
    }
    const event = normalise(parsed.data);
    const content = JSON.stringify(event);
    const seen = byId.get(event.id);
    if (seen === undefined) {
      byId.set(event.id, { index, content });
    } else if (seen.content !== content) {
      report('id', `is also used by event ${seen.index} with different content`);
      return;
    }
    events.push(event);
    positions.push(index);
  });
  for (const issue of retractionIssues(events, { complete: options.wholeHistory === true })) {
    const { index } = issue;
    issues.push(index === undefined ? issue : { ...issue, index: positions[index] ?? index });
  }
  return issues.length === 0 ? { ok: true, events } : { ok: false, issues };
}
