import type { EventType } from './constants.js';

/** Each event type in plain words, for messages: "withdrawal announced". */
export const EVENT_WORDS: Readonly<Record<EventType, string>> = {
  'withdrawal-announced': 'withdrawal announced',
  'withdrawal-approved': 'withdrawal approved',
  'withdrawal-notified': 'instrument of withdrawal received',
  'withdrawal-revoked': 'withdrawal revoked',
  'suspension-declared': 'suspension declared',
  'objection-lodged': 'objection lodged',
  'became-party': 'became a party',
  'armed-conflict-began': 'armed conflict began',
  'armed-conflict-ended': 'armed conflict ended',
  'event-retracted': 'retraction',
};
