import { EVENT_WORDS, type EventType } from '@treatywatch/rules';
import { capitalise } from './capitalise.js';

// Where a timeline entry, read on its own, needs more than the rules' words.
const TIMELINE_WORDS: Partial<Record<EventType, string>> = {
  'withdrawal-approved': 'withdrawal approved at home',
  'withdrawal-notified': 'withdrawal notified to the depositary',
  'event-retracted': 'correction: an earlier fact retracted',
};

/**
 * An event type in words as the state page's timeline shows it: the rules'
 * wording, capitalised, said more fully where an entry needs it.
 *
 * @example
 * eventTypeLabel('became-party') // 'Became a party'
 */
export function eventTypeLabel(type: EventType): string {
  return capitalise(TIMELINE_WORDS[type] ?? EVENT_WORDS[type] ?? type);
}
