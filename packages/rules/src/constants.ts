/**
 * Event types, in the order that breaks ties between events of the same date
 * (docs/rules.md, Evaluation rule 1).
 */
export const EVENT_TYPES = [
  'withdrawal-announced',
  'withdrawal-approved',
  'withdrawal-notified',
  'withdrawal-revoked',
  'suspension-declared',
  'objection-lodged',
  'became-party',
  'armed-conflict-began',
  'armed-conflict-ended',
  'event-retracted',
] as const;

/** A kind of fact about a state. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Event types that concern the state as a whole, not one treaty. */
export const STATE_WIDE_EVENT_TYPES = [
  'armed-conflict-began',
  'armed-conflict-ended',
  'event-retracted',
] as const satisfies readonly EventType[];

/** A state's legal position towards one treaty. */
export const STATUSES = [
  'party',
  'withdrawal-announced',
  'withdrawal-approved',
  'suspension-declared',
  'withdrawal-pending',
  'withdrawal-suspended',
  'withdrawn',
] as const;

/** A state's legal position towards one treaty. */
export type Status = (typeof STATUSES)[number];

/**
 * The longest alert subject, in characters: SNS's Publish takes email subjects
 * of "less than 100 characters", and the alert's subject becomes the email's.
 */
export const EMAIL_SUBJECT_MAX_LENGTH = 99;

/** The longest lead time of a countdown reminder, in days before the effective date. */
export const MAX_REMINDER_LEAD_DAYS = 365;

/**
 * The longest site URL (scheme and host, e.g. `https://watch.example.org`)
 * an SMS alert may link from: with `/s/XX` its link takes at most 66
 * septets, which leaves room for the state, the treaty and the status.
 */
export const SMS_SITE_URL_MAX_LENGTH = 60;
