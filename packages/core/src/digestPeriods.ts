import { addDays, type DigestCadence, type IsoDate } from '@treatywatch/rules';

/** One digest's period: UTC days `from` to `to`, both included. */
export interface DigestPeriod {
  readonly cadence: DigestCadence;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The digest periods that end the day before `day`: every day the previous
 * day (daily), and on Mondays also the previous seven days, Monday to
 * Sunday (weekly).
 *
 * @example
 * digestPeriods('2026-11-30'); // a Monday:
 * // [{ cadence: 'daily', from: '2026-11-29', to: '2026-11-29' },
 * //  { cadence: 'weekly', from: '2026-11-23', to: '2026-11-29' }]
 */
export function digestPeriods(day: IsoDate): DigestPeriod[] {
  const yesterday = addDays(day, -1);
  const periods: DigestPeriod[] = [{ cadence: 'daily', from: yesterday, to: yesterday }];
  if (new Date(`${day}T00:00:00Z`).getUTCDay() === 1) {
    periods.push({ cadence: 'weekly', from: addDays(day, -7), to: yesterday });
  }
  return periods;
}
