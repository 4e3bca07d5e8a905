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
  /** Pending assessments whose review date is after `sweepOn`: in the due index, not due. */
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

function notified(state: string, treaty: TreatyId, date: string): TreatyEvent {
  return {
    id: `${state}-${treaty}-notified`,
    state,
    type: 'withdrawal-notified',
    treaty,
    date,
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
 * `assessedOn` whose notice ends by `sweepOn`; `notYetDue` more are pending
 * with a later end (they sit in the due index but are not due); the rest
 * are parties, outside the sparse index.
 */
export function sweepAssessments(options: SweepCorpusOptions): Assessment[] {
  const pairs: { state: string; treaty: TreatyId }[] = [];
  for (const state of STATE_CODES) {
    for (const { id } of TREATIES) pairs.push({ state, treaty: id });
  }
  if (pairs.length < options.total) throw new Error(`only ${pairs.length} distinct pairs exist`);
  const chosen = pairs.slice(0, options.total);

  const prng = createPrng(options.seed);
  const kinds = new Map<number, 'due' | 'not-yet-due'>();
  while (kinds.size < options.due) kinds.set(prng.int(0, chosen.length - 1), 'due');
  while (kinds.size < options.due + options.notYetDue) {
    const index = prng.int(0, chosen.length - 1);
    if (!kinds.has(index)) kinds.set(index, 'not-yet-due');
  }

  return chosen.map(({ state, treaty }, index) => {
    const kind = kinds.get(index);
    const events: TreatyEvent[] =
      kind === 'due'
        ? [notified(state, treaty, notificationDueBy(treaty, options))]
        : kind === 'not-yet-due'
          ? [notified(state, treaty, shiftDays(options.assessedOn, -10))]
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
