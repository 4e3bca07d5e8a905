import {
  type Assessment,
  addPeriod,
  assess,
  getTreaty,
  STATE_CODES,
  TREATIES,
  type TreatyEvent,
  type TreatyId,
} from '@treatywatch/rules';
import { createPrng } from '../stats/createPrng.js';

/** Options of `sweepAssessments`. */
export interface SweepCorpusOptions {
  readonly total: number;
  /** Assessments whose review date falls on or before `sweepOn`. */
  readonly due: number;
  /** Pending assessments whose date falls within 365 days after `sweepOn`: due for a countdown reminder. */
  readonly reminders: number;
  /**
   * Pending assessments whose date, named in the instrument, is more than 365
   * days after `sweepOn`: in the due index, not due (neither a review nor a reminder).
   */
  readonly notYetDue: number;
  /** The day the assessments were made. */
  readonly assessedOn: string;
  /** The day of the sweep. */
  readonly sweepOn: string;
  readonly seed: number;
}

const DAY_MS = 86_400_000;

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function notified(
  state: string,
  treaty: TreatyId,
  date: string,
  effectiveDate?: string,
): TreatyEvent {
  return {
    id: `${state}-${treaty}-notified`,
    state,
    type: 'withdrawal-notified',
    treaty,
    date,
    ...(effectiveDate === undefined ? {} : { effectiveDate }),
    source: `https://example.org/${state}/${treaty}`,
  };
}

/** The latest notification day up to `assessedOn` whose notice ends after it and by `sweepOn`. */
function notificationDueBy(treaty: TreatyId, options: SweepCorpusOptions): string {
  const period = getTreaty(treaty).noticePeriod;
  for (let back = 0; back < 800; back += 1) {
    const day = shiftDays(options.assessedOn, -back);
    const expiry = addPeriod(day, period);
    if (expiry > options.assessedOn && expiry <= options.sweepOn) return day;
  }
  throw new Error(`no notification day makes ${treaty} due by ${options.sweepOn}`);
}

/**
 * The assessments a sweep runs over: the first `total` distinct (state,
 * treaty) pairs of the 249 ISO 3166-1 codes × the catalog's treaties, in
 * code order, each assessed by `assess` on `assessedOn` from one event.
 * `due` of them (chosen by a seeded PRNG) are withdrawals pending on
 * `assessedOn` whose notice ends by `sweepOn`; `reminders` more are pending
 * with a later end within a year of `sweepOn` (due for a countdown
 * reminder); `notYetDue` more, of treaties whose clause allows a later date,
 * are pending until a date named in the instrument more than a year after
 * `sweepOn` (they sit in the due index but are not due); the rest are
 * parties, outside the sparse index.
 */
export function sweepAssessments(options: SweepCorpusOptions): Assessment[] {
  const pairs: { state: string; treaty: TreatyId }[] = [];
  for (const state of STATE_CODES) {
    for (const { id } of TREATIES) pairs.push({ state, treaty: id });
  }
  if (pairs.length < options.total) throw new Error(`only ${pairs.length} distinct pairs exist`);
  const chosen = pairs.slice(0, options.total);

  const prng = createPrng(options.seed);
  const kinds = new Map<number, 'due' | 'reminder' | 'not-yet-due'>();
  // Only treaties under which a notice given then is pending (in force, no bar on notice).
  const pendingIfNotified = (index: number, date?: string): boolean => {
    const { state = 'AD', treaty = 'apmbc' } = chosen[index] ?? {};
    const day = date ?? shiftDays(options.assessedOn, -10);
    return (
      assess(treaty, [notified(state, treaty, day)], options.assessedOn).status ===
      'withdrawal-pending'
    );
  };
  while (kinds.size < options.due) {
    const index = prng.int(0, chosen.length - 1);
    const treaty = chosen[index]?.treaty ?? 'apmbc';
    if (pendingIfNotified(index, notificationDueBy(treaty, options))) kinds.set(index, 'due');
  }
  while (kinds.size < options.due + options.reminders) {
    const index = prng.int(0, chosen.length - 1);
    if (!kinds.has(index) && pendingIfNotified(index)) kinds.set(index, 'reminder');
  }
  while (kinds.size < options.due + options.reminders + options.notYetDue) {
    const index = prng.int(0, chosen.length - 1);
    const treaty = chosen[index]?.treaty ?? 'apmbc';
    if (!kinds.has(index) && getTreaty(treaty).laterDate === 'allowed') {
      kinds.set(index, 'not-yet-due');
    }
  }

  return chosen.map(({ state, treaty }, index) => {
    const kind = kinds.get(index);
    const events: TreatyEvent[] =
      kind === 'due'
        ? [notified(state, treaty, notificationDueBy(treaty, options))]
        : kind === 'reminder'
          ? [notified(state, treaty, shiftDays(options.assessedOn, -10))]
          : kind === 'not-yet-due'
            ? [
                notified(
                  state,
                  treaty,
                  shiftDays(options.assessedOn, -10),
                  shiftDays(options.sweepOn, 400),
                ),
              ]
            : [
                {
                  id: `${state}-${treaty}-party`,
                  state,
                  type: 'became-party',
                  treaty,
                  date: '2001-01-01',
                  source: `https://example.org/${state}/${treaty}`,
                },
              ];
    return assess(treaty, events, options.assessedOn);
  });
}
