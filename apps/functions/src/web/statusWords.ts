import type { Status } from '@treatywatch/rules';

/** Each status in words, as the public pages and feeds show it. */
export const STATUS_WORDS = {
  party: 'Party',
  'withdrawal-announced': 'Withdrawal announced',
  'withdrawal-approved': 'Withdrawal approved at home',
  'suspension-declared': 'Suspension declared',
  'withdrawal-pending': 'Withdrawal pending',
  'withdrawal-suspended': 'Withdrawal suspended by armed conflict',
  withdrawn: 'Withdrawn',
} as const satisfies Record<Status, string>;
