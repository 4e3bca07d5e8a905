import { todayUtc } from '@treatywatch/rules';
import type { Clock } from './ports.js';

/** The machine's clock: today in UTC and now as an ISO 8601 instant. */
export const systemClock: Clock = {
  today: () => todayUtc(),
  now: () => new Date().toISOString(),
};
