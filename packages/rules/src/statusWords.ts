import type { Status } from './constants.js';

/** Each status in plain words, for messages: "withdrawal pending". */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  party: 'party',
  'withdrawal-announced': 'withdrawal announced',
  'withdrawal-approved': 'withdrawal approved',
  'suspension-declared': 'suspension declared',
  'withdrawal-pending': 'withdrawal pending',
  'withdrawal-suspended': 'withdrawal suspended by armed conflict',
  withdrawn: 'withdrawn',
};
