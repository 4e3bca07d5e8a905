import { type AssessmentWalk, becomeParty, move } from './AssessmentWalk.js';
import { shiftDate } from './addPeriod.js';
import { armedConflictOn } from './armedConflict.js';
import type { EventType } from './constants.js';
import { suspensionSentence } from './explanationText.js';
import { stateName } from './stateName.js';
import type { TreatyEvent } from './types.js';

/**
 * What one of the treaty's own events, one that counts, does on its day
 * (DESIGN.md rules 3, 5 and 6): moves the walk's status and writes its
 * sentences. `type` is `event.type` as `canonicalEventType` gives it. The
 * caller has already advanced the walk to the event's day.
 */
export function applyEvent(walk: AssessmentWalk, event: TreatyEvent, type: EventType): void {
  const { clause, conflicts, explanation } = walk;
  const { shortName, article } = clause;
  const day = event.date;
  // A derived or disputed date is said to be one wherever the explanation cites it.
  const told = event.confidence === 'unverified' ? `${day} (date unverified)` : day;
  const running = walk.notifiedOn !== null;
  const withdrawn = walk.status === 'withdrawn';
  switch (type) {
    case 'withdrawal-announced':
    case 'withdrawal-approved':
    case 'suspension-declared': {
      const what =
        type === 'withdrawal-announced'
          ? 'the withdrawal was announced'
          : type === 'withdrawal-approved'
            ? 'the withdrawal was approved domestically'
            : `the state declared that it suspends the operation of the ${shortName}`;
      if (type === 'suspension-declared') walk.suspensionDeclared = true;
      if (running || withdrawn) {
        const why = withdrawn
          ? 'the withdrawal had already taken effect'
          : `the notification of ${walk.notifiedOn} is running`;
        explanation.push(`${told}: ${what}; the status does not change, as ${why}.`);
      } else {
        explanation.push(`${told}: ${what}.`);
        move(walk, type, day);
      }
      if (type === 'suspension-declared') explanation.push(suspensionSentence(clause));
      break;
    }
    case 'withdrawal-notified': {
      if (running || withdrawn) {
        const why = withdrawn
          ? 'the withdrawal had already taken effect'
          : `the notification of ${walk.notifiedOn} is still running`;
        explanation.push(
          `${told}: another instrument of withdrawal was received; it changes nothing, as ${why}.`,
        );
        break;
      }
      const expiry = shiftDate(day, clause.noticePeriod);
      let due = expiry;
      explanation.push(
        `${told}: the depositary received the instrument of withdrawal; the notice period of ${walk.noticeWords} ends on ${expiry}.`,
      );
      const named = event.effectiveDate;
      if (named !== undefined) {
        if (!clause.laterDateAllowed) {
          explanation.push(
            `The instrument names ${named}, but ${article} allows no later date; the named date is ignored.`,
          );
        } else if (named > expiry) {
          explanation.push(
            `The instrument names ${named}, later than ${expiry}; the withdrawal is due on ${named}.`,
          );
          due = named;
        } else {
          explanation.push(
            `The instrument names ${named}, which is not later than the end of the notice period (${expiry}); the named date is ignored.`,
          );
        }
      }
      walk.notifiedOn = day;
      walk.dueOn = due;
      walk.effectiveOn = due;
      walk.conflictEnd = null;
      walk.deferred = false;
      if (clause.armedConflictClause === 'at-notification') {
        walk.conflictUsed = true;
        const held = armedConflictOn(conflicts, day);
        if (held >= 0) {
          const conflictEnd = conflicts.ended[held] ?? null;
          walk.deferred = true;
          walk.conflictEnd = conflictEnd;
          // The later of the conflict's end and the due date; none while the end is unknown.
          walk.effectiveOn = conflictEnd !== null && due >= conflictEnd ? due : conflictEnd;
          explanation.push(
            `${told}: the state was engaged in an armed conflict (since ${conflicts.began[held]}) when it notified; under ${article} the withdrawal cannot take effect before that armed conflict ends.`,
          );
        }
      }
      move(walk, 'withdrawal-pending', day);
      break;
    }
    case 'withdrawal-revoked':
      if (withdrawn) {
        explanation.push(
          `${told}: the state revoked its withdrawal, but the withdrawal had already taken effect on ${walk.effectiveOn}; the revocation changes nothing.`,
        );
      } else if (walk.status === 'party') {
        explanation.push(
          `${told}: a revocation was recorded, but no withdrawal was under way; it changes nothing.`,
        );
      } else {
        explanation.push(
          `${told}: the state revoked its withdrawal before it took effect; it is a party again.`,
        );
        becomeParty(walk, day);
      }
      break;
    case 'became-party':
      explanation.push(
        `${told}: the state became a party; it is bound by the ${shortName} from that day.`,
      );
      becomeParty(walk, day);
      break;
    case 'objection-lodged':
      explanation.push(
        `${told}: ${stateName(event.objector ?? '')} objected to ${stateName(walk.state)}'s ${walk.suspensionDeclared ? 'declared suspension' : 'act'}; an objection changes no status.`,
      );
      walk.objections =
        walk.objections === ''
          ? `${stateName(event.objector ?? '')} (${day})`
          : `${walk.objections}, ${stateName(event.objector ?? '')} (${day})`;
      break;
    default:
      break;
  }
}
