import type { Status } from '@treatywatch/rules';

/**
 * The new statuses an SMS subscription hears about when its request names
 * none: the changes that alter legal effect. `withdrawal-pending` (notice
 * given, a date set), `withdrawal-suspended` (held back by an armed
 * conflict), `withdrawn` (in effect), and `party`, which as a new status is
 * always a return to party: a state first assessed as a party is no change
 * and raises no alert, so every alert with `status: party` has a previous
 * status (a withdrawal revoked, or a party again after withdrawing). The
 * filter is an exact-match list on the `status` message attribute, so the
 * SNS filter policy stays expressible; it does not look at `previousStatus`,
 * so the revocation of a withdrawal that was only announced is included too.
 * Email and https default to every change, and so do SMS digests (a daily or
 * weekly cadence): one SMS per period, whatever it holds.
 */
export const SMS_DEFAULT_STATUSES: readonly Status[] = [
  'withdrawal-pending',
  'withdrawal-suspended',
  'withdrawn',
  'party',
];
