import type { Assessment, Treaty } from '@treatywatch/rules';
import { formatDate } from './formatDate.js';

/**
 * One plain sentence saying what an assessment's status means for this state
 * and treaty, or `null` for a party (nothing to explain). Statuses that surprise
 * readers get the reason, naming whoever the treaty says receives notice
 * (a depositary, or, for the NPT, the other parties and the Security Council): a withdrawal held back by armed conflict cites the
 * treaty's article; a declared suspension says whether the treaty provides for it.
 *
 * @example
 * statusSentence(assessment, 'Ukraine', getTreaty('apmbc'))
 * // 'Ukraine has declared that it suspends the operation of the Ottawa Convention. …'
 */
export function statusSentence(
  assessment: Pick<Assessment, 'status' | 'since' | 'effectiveOn'>,
  stateName: string,
  treaty: Treaty,
): string | null {
  const treatyName = treaty.shortName;
  switch (assessment.status) {
    case 'party':
      return null;
    case 'withdrawal-announced':
      return `${stateName}'s government has announced that it will withdraw from the ${treatyName}; no notice of withdrawal has reached ${treaty.noticeTo} yet, so the notice period has not started.`;
    case 'withdrawal-approved':
      return `${stateName} has approved withdrawal from the ${treatyName} at home; the notice period starts only when notice of withdrawal reaches ${treaty.noticeTo}.`;
    case 'suspension-declared':
      return treaty.hasSuspensionClause
        ? `${stateName} has declared that it suspends the operation of the ${treatyName} under the treaty's own terms; it remains a party.`
        : `${stateName} has declared that it suspends the operation of the ${treatyName}. The treaty has no suspension clause, so the declaration relies on general treaty law rather than the treaty itself, and ${stateName} remains a party.`;
    case 'withdrawal-pending':
      return assessment.effectiveOn
        ? `${stateName}'s notice of withdrawal has reached ${treaty.noticeTo}; under ${treaty.article} the withdrawal takes effect on ${formatDate(assessment.effectiveOn)}.`
        : `${stateName}'s notice of withdrawal has reached ${treaty.noticeTo}; the notice period under ${treaty.article} is running.`;
    case 'withdrawal-suspended':
      return treaty.armedConflictClause === 'at-notification'
        ? `${stateName} was engaged in an armed conflict when it notified its withdrawal; under ${treaty.article} the withdrawal takes effect only when that conflict ends.`
        : `The notice period expired${assessment.since ? ` on ${formatDate(assessment.since)}` : ''} while ${stateName} was engaged in an armed conflict; under ${treaty.article} the withdrawal takes effect only when that conflict ends.`;
    case 'withdrawn':
      return assessment.effectiveOn
        ? `${stateName}'s withdrawal from the ${treatyName} took effect on ${formatDate(assessment.effectiveOn)}; it is no longer a party.`
        : `${stateName}'s withdrawal from the ${treatyName} has taken effect; it is no longer a party.`;
  }
}
