import { type AssessmentWalk, endCycle, heldBy, move } from './AssessmentWalk.js';
import { applyNotification } from './applyNotification.js';
import { citedDay } from './citedDay.js';
import { suspensionWords } from './explanationText.js';
import { stateName } from './stateName.js';
import type { TreatyEvent } from './types.js';

/**
 * What one of the treaty's own events, one that counts, does on its day
 * (docs/rules.md, Evaluation rules 3, 6 and 7): moves the walk's status and
 * writes its sentences. The caller has already advanced the walk to the
 * event's day. State-wide events do nothing here.
 */
export function applyEvent(walk: AssessmentWalk, event: TreatyEvent): void {
  switch (event.type) {
    case 'withdrawal-announced':
      domesticStep(walk, event, 'withdrawal-announced', 'the withdrawal was announced');
      break;
    case 'withdrawal-approved':
      domesticStep(walk, event, 'withdrawal-approved', 'the withdrawal was approved domestically');
      break;
    case 'suspension-declared':
      suspensionDeclared(walk, event);
      break;
    case 'withdrawal-notified':
      applyNotification(walk, event);
      break;
    case 'withdrawal-revoked':
      revoked(walk, event);
      break;
    case 'became-party':
      becameParty(walk, event);
      break;
    case 'objection-lodged':
      objectionLodged(walk, event);
      break;
    default:
      break;
  }
}

/** Announcements, approvals and suspension claims move the status only while no notification runs. */
function domesticStep(
  walk: AssessmentWalk,
  event: TreatyEvent,
  status: 'withdrawal-announced' | 'withdrawal-approved' | 'suspension-declared',
  what: string,
): void {
  const held = heldBy(walk);
  const told = citedDay(event);
  if (held === null) {
    walk.explanation.dated(event.date, `${told}: ${what}.`);
    move(walk, status, event.date);
  } else {
    walk.explanation.dated(event.date, `${told}: ${what}; the status does not change, as ${held}.`);
  }
}

function suspensionDeclared(walk: AssessmentWalk, event: TreatyEvent): void {
  walk.suspensionDeclared = true;
  const what = `the state declared that it suspends the operation of the ${walk.clause.shortName}`;
  domesticStep(walk, event, 'suspension-declared', what);
  walk.explanation.follow(suspensionWords(walk.clause));
}

function revoked(walk: AssessmentWalk, event: TreatyEvent): void {
  const { explanation, status } = walk;
  const told = citedDay(event);
  if (status === 'withdrawn') {
    explanation.dated(
      event.date,
      `${told}: the state revoked its withdrawal, but the withdrawal had already taken effect on ${walk.effectiveOn}; the revocation changes nothing.`,
    );
    return;
  }
  if (status === 'party') {
    explanation.dated(
      event.date,
      `${told}: a revocation was recorded, but no withdrawal was under way; it changes nothing.`,
    );
    return;
  }
  explanation.dated(
    event.date,
    status === 'suspension-declared'
      ? `${told}: the state revoked its suspension of the ${walk.clause.shortName}; its status is party again.`
      : `${told}: the state revoked its withdrawal before it took effect; it is a party again.`,
  );
  endCycle(walk);
  move(walk, 'party', event.date);
}

/** Evaluation rule 6: bound from that day, whatever came before; a new cycle may start. */
function becameParty(walk: AssessmentWalk, event: TreatyEvent): void {
  walk.explanation.dated(
    event.date,
    `${citedDay(event)}: the state became a party; it is bound by the ${walk.clause.shortName} from that day.`,
  );
  endCycle(walk);
  walk.status = 'party';
  walk.since = event.date;
  walk.joinedOn = event.date;
}

/** An objection changes no status; each objector and day is listed once. */
function objectionLodged(walk: AssessmentWalk, event: TreatyEvent): void {
  const objector = stateName(event.objector ?? '');
  const what = walk.suspensionDeclared ? 'declared suspension' : 'act';
  walk.explanation.dated(
    event.date,
    `${citedDay(event)}: ${objector} objected to ${stateName(walk.state)}'s ${what}; an objection changes no status.`,
  );
  walk.objections ??= new Set();
  walk.objections.add(`${objector} (${event.date})`);
}
