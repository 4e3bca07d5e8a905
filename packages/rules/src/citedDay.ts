import type { TreatyEvent } from './types.js';

/**
 * How a fact's day is cited in an explanation: a derived or disputed date
 * says so wherever it is cited.
 *
 * @example
 * citedDay({ ...event, date: '2025-08-20', confidence: 'unverified' }); // '2025-08-20 (date unverified)'
 */
export function citedDay(event: TreatyEvent): string {
  return event.confidence === 'unverified' ? `${event.date} (date unverified)` : event.date;
}
