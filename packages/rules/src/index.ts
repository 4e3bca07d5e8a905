export { addDays } from './addDays.js';
export { addPeriod, LAST_DATE, periodEnd } from './addPeriod.js';
export { armedConflictOn, type ConflictIntervals, conflictIntervals } from './armedConflict.js';
export { assess } from './assess.js';
export { assessState } from './assessState.js';
export { type ChangeMessagesOptions, changeMessages } from './changeMessages.js';
export { compareEvents, EVENT_TYPE_RANK } from './compareEvents.js';
export * from './constants.js';
export { dateInWords } from './dateInWords.js';
export { daysBetween } from './daysBetween.js';
export { diff } from './diff.js';
export { digestMessages } from './digestMessages.js';
export { effectiveDateHolds } from './effectiveDateHolds.js';
export {
  DateOutOfRangeError,
  InvalidDateError,
  InvalidSiteUrlError,
  MismatchedAssessmentsError,
  MixedStatesError,
  RulesError,
  UnknownTreatyError,
} from './errors.js';
export { type EventContent, eventId } from './eventId.js';
export { EVENT_WORDS } from './eventWords.js';
export { findTreaty } from './findTreaty.js';
export { getTreaty } from './getTreaty.js';
export { gsm7Length, toGsm7 } from './gsm7.js';
export { isIsoDate } from './isIsoDate.js';
export { reminderMessages } from './reminderMessages.js';
export { reminderOn } from './reminderOn.js';
export { reminderWindowStart } from './reminderWindowStart.js';
export { retractedEventIds, retractionsThatCount } from './retractedEventIds.js';
export { type RetractionCheck, retractionIssues } from './retractionIssues.js';
export { SMS_MAX_SEPTETS, smsFit } from './smsFit.js';
export { smsLink } from './smsLink.js';
export { type SmsParts, smsText } from './smsText.js';
export { sortEvents } from './sortEvents.js';
export { isStateCode, STATE_CODES } from './stateCodes.js';
export { stateName } from './stateName.js';
export { STATUS_WORDS } from './statusWords.js';
export { todayUtc } from './todayUtc.js';
export { TREATIES } from './treaties.js';
export type * from './types.js';
export { type ValidationOptions, validateEvents } from './validateEvents.js';
