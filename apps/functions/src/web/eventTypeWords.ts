import type { EventType } from '@treatywatch/rules';

/** Each event type in words, as the state page's timeline shows it. */
export const EVENT_TYPE_WORDS = {
  'withdrawal-announced': 'Withdrawal announced',
  'withdrawal-approved': 'Withdrawal approved at home',
  'withdrawal-notified': 'Withdrawal notified to the depositary',
  'withdrawal-revoked': 'Withdrawal revoked',
  'suspension-declared': 'Suspension declared',
  'objection-lodged': 'Objection lodged',
  'became-party': 'Became a party',
  'armed-conflict-began': 'Armed conflict began',
  'armed-conflict-ended': 'Armed conflict ended',
  'event-retracted': 'Correction: an earlier fact retracted',
} as const satisfies Record<EventType, string>;
