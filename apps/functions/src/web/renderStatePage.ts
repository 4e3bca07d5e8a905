import type { StoredAssessment } from '@treatywatch/core';
import {
  findTreaty,
  type IsoDate,
  retractedEventIds,
  sortEvents,
  stateName,
  type TreatyEvent,
} from '@treatywatch/rules';
import { escapeHtml } from './escapeHtml.js';
import { eventTypeLabel } from './eventTypeLabel.js';
import { formatDate } from './formatDate.js';
import { renderPage } from './renderPage.js';
import { renderSource } from './renderSource.js';
import { statusLabel } from './statusLabel.js';
import { statusSentence } from './statusSentence.js';

/** What a state's page shows: its assessments and every recorded fact. */
export interface StatePageInput {
  readonly state: string;
  readonly assessments: readonly StoredAssessment[];
  /** In date order, retracted ones included. */
  readonly events: readonly TreatyEvent[];
  /** Today: facts dated later are shown as not yet counted. */
  readonly asOf: IsoDate;
}

function time(date: IsoDate): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date))}</time>`;
}

function treatyLabel(id: string | null): string {
  if (id === null) return 'All treaties';
  return findTreaty(id)?.shortName ?? id;
}

function timelineItem(
  event: TreatyEvent,
  byId: ReadonlyMap<string, TreatyEvent>,
  retracted: ReadonlySet<string>,
  asOf: IsoDate,
): string {
  const tags: string[] = [];
  if (retracted.has(event.id)) tags.push('<span class="tag">Retracted: no longer counts</span>');
  if (event.date > asOf) tags.push('<span class="tag">Dated after today: not yet counted</span>');
  if (event.confidence === 'unverified') tags.push('<span class="tag">Unverified</span>');
  const details: string[] = [];
  if (event.type === 'objection-lodged' && event.objector) {
    details.push(`<p>Objection by ${escapeHtml(stateName(event.objector))}.</p>`);
  }
  if (event.effectiveDate) {
    details.push(`<p>The instrument names ${time(event.effectiveDate)} as the effective date.</p>`);
  }
  if (event.type === 'event-retracted' && event.retracts) {
    const target = byId.get(event.retracts);
    details.push(
      target
        ? `<p>Retracts the fact of ${time(target.date)}: ${escapeHtml(eventTypeLabel(target.type))}.</p>`
        : `<p>Retracts the fact <code>${escapeHtml(event.retracts)}</code>.</p>`,
    );
  }
  if (event.note) details.push(`<p>${escapeHtml(event.note)}</p>`);
  details.push(`<p>Source: ${renderSource(event.source)}</p>`);
  return `<li${retracted.has(event.id) ? ' class="retracted"' : ''}>
<h3>${time(event.date)}: <span class="what">${escapeHtml(eventTypeLabel(event.type))}</span></h3>
<p>${escapeHtml(treatyLabel(event.treaty))}${tags.length > 0 ? ` ${tags.join(' ')}` : ''}</p>
${details.join('\n')}
</li>`;
}

function assessmentItem(assessment: StoredAssessment, name: string): string {
  const treaty = findTreaty(assessment.treaty);
  const sentence = treaty ? statusSentence(assessment, name, treaty) : null;
  const facts: string[] = [];
  if (assessment.since && assessment.since !== assessment.effectiveOn)
    facts.push(`<dt>Since</dt><dd>${time(assessment.since)}</dd>`);
  if (assessment.effectiveOn) {
    facts.push(
      `<dt>${assessment.status === 'withdrawn' ? 'Took effect' : 'Takes effect'}</dt><dd>${time(assessment.effectiveOn)}</dd>`,
    );
  }
  if (assessment.nextReviewOn) {
    facts.push(`<dt>Next review</dt><dd>${time(assessment.nextReviewOn)}</dd>`);
  }
  const explanation = assessment.explanation.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const sources = assessment.sources.map((s) => `<li>${renderSource(s)}</li>`).join('');
  return `<section class="state" aria-labelledby="a-${escapeHtml(assessment.treaty)}">
<h3 id="a-${escapeHtml(assessment.treaty)}">${escapeHtml(treatyLabel(assessment.treaty))}</h3>
${treaty && treaty.name !== treaty.shortName ? `<p class="muted fullname">${escapeHtml(treaty.name)}</p>` : ''}
<p><span class="badge s-${escapeHtml(assessment.status)}">${escapeHtml(statusLabel(assessment.status))}</span></p>
${sentence ? `<p>${escapeHtml(sentence)}</p>` : ''}
${facts.length > 0 ? `<dl class="facts">${facts.join('')}</dl>` : ''}
${explanation ? `<h4>Why</h4><ul>${explanation}</ul>` : ''}
${sources ? `<h4>Sources</h4><ul>${sources}</ul>` : ''}
</section>`;
}

/**
 * A state's page: each assessment with its explanation and sources, then the
 * timeline of every recorded fact in date order, with types in words, notes,
 * objections, sources (links only for http(s) URLs) and retracted facts marked.
 */
export function renderStatePage({ state, assessments, events, asOf }: StatePageInput): string {
  const name = stateName(state);
  const byId = new Map(events.map((e) => [e.id, e]));
  const ordered = [...events];
  sortEvents(ordered);
  const retracted = retractedEventIds(ordered);
  const sorted = [...assessments].sort((a, b) =>
    treatyLabel(a.treaty).localeCompare(treatyLabel(b.treaty), 'en'),
  );
  const main = `<h1>${escapeHtml(name)}</h1>
<p>Status towards each treaty as of ${time(asOf)}, and the facts it rests on. <a href="/">All states</a></p>
<section aria-labelledby="assessments-title">
<h2 id="assessments-title">Status by treaty</h2>
${sorted.length > 0 ? sorted.map((a) => assessmentItem(a, name)).join('\n') : '<p>No treaty has been assessed for this state yet.</p>'}
</section>
<section aria-labelledby="timeline-title">
<h2 id="timeline-title">Timeline of facts</h2>
${
  events.length > 0
    ? `<ol class="timeline">\n${events.map((e) => timelineItem(e, byId, retracted, asOf)).join('\n')}\n</ol>`
    : '<p>No facts recorded.</p>'
}
</section>`;
  return renderPage({ title: name, main });
}
