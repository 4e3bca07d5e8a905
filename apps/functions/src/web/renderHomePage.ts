import type { StoredAssessment } from '@treatywatch/core';
import { findTreaty, type IsoDate, STATUSES } from '@treatywatch/rules';
import { daysUntil } from './daysUntil.js';
import { escapeHtml } from './escapeHtml.js';
import { formatDate } from './formatDate.js';
import { renderPage } from './renderPage.js';
import { renderSubscriptionForm } from './renderSubscriptionForm.js';
import { statusLabel } from './statusLabel.js';
import { statusSentence } from './statusSentence.js';
import { trackedStates } from './trackedStates.js';

/** What the home page shows. */
export interface HomePageInput {
  readonly assessments: readonly StoredAssessment[];
  /** Today, by which countdowns are computed. */
  readonly asOf: IsoDate;
}

function time(date: IsoDate): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date))}</time>`;
}

function countdown(asOf: IsoDate, effectiveOn: IsoDate): string {
  const days = daysUntil(asOf, effectiveOn);
  if (days <= 0) return 'Takes effect today';
  return `Takes effect in ${days} ${days === 1 ? 'day' : 'days'}`;
}

function treatyItem(assessment: StoredAssessment, name: string, asOf: IsoDate): string {
  const treaty = findTreaty(assessment.treaty);
  const shortName = treaty?.shortName ?? assessment.treaty;
  const fullName =
    treaty && treaty.name !== treaty.shortName
      ? `<p class="muted fullname">${escapeHtml(treaty.name)}</p>`
      : '';
  const facts: string[] = [];
  if (assessment.since && assessment.since !== assessment.effectiveOn)
    facts.push(`<dt>Since</dt><dd>${time(assessment.since)}</dd>`);
  if (assessment.effectiveOn) {
    const label = assessment.status === 'withdrawn' ? 'Took effect' : 'Takes effect';
    facts.push(`<dt>${label}</dt><dd>${time(assessment.effectiveOn)}</dd>`);
  }
  const pending =
    assessment.status === 'withdrawal-pending' && assessment.effectiveOn
      ? `<p class="countdown">${countdown(asOf, assessment.effectiveOn)}</p>`
      : '';
  const sentence = treaty ? statusSentence(assessment, name, treaty) : null;
  return `<li>
<h4>${escapeHtml(shortName)}</h4>
${fullName}<p><span class="badge s-${escapeHtml(assessment.status)}">${escapeHtml(statusLabel(assessment.status))}</span></p>
${pending}${facts.length > 0 ? `<dl class="facts">${facts.join('')}</dl>` : ''}
${sentence ? `<p>${escapeHtml(sentence)}</p>` : ''}
</li>`;
}

function statusSummary(assessments: readonly StoredAssessment[]): string {
  const counts = STATUSES.map((status) => ({
    status,
    count: assessments.filter((a) => a.status === status).length,
  })).filter(({ count }) => count > 0);
  if (counts.length === 0) return '';
  const items = counts
    .map(
      ({ status, count }) =>
        `<li><span class="badge s-${status}">${count} ${escapeHtml(statusLabel(status).toLowerCase())}</span></li>`,
    )
    .join('');
  return `<ul class="summary" aria-label="Count of state and treaty pairs by status">${items}</ul>`;
}

/**
 * The home page: every tracked state and treaty with its status in words, its
 * dates, a countdown in days for pending withdrawals (computed here from `asOf`,
 * so no script is needed), a sentence for the statuses that need one, links to
 * each state's page, the subscription form and the feeds.
 */
export function renderHomePage({ assessments, asOf }: HomePageInput): string {
  const states = trackedStates(assessments);
  const list =
    states.length === 0
      ? '<p>No facts have been recorded yet.</p>'
      : `<ul class="states">
${states
  .map(({ value: code, label: name }) => {
    const items = assessments
      .filter((a) => a.state === code)
      .map((a) => ({ a, treatyName: findTreaty(a.treaty)?.shortName ?? a.treaty }))
      .sort((x, y) => x.treatyName.localeCompare(y.treatyName, 'en'))
      .map(({ a }) => treatyItem(a, name, asOf))
      .join('\n');
    return `<li class="state" id="state-${escapeHtml(code)}">
<h3><a href="/status/${encodeURIComponent(code)}">${escapeHtml(name)}</a></h3>
<ul class="treaties">
${items}
</ul>
</li>`;
  })
  .join('\n')}
</ul>`;
  const main = `<h1>Treaty withdrawals, status by state</h1>
<p>Where each state stands towards the treaties it is leaving, computed from dated, sourced facts as of ${time(asOf)}. Open a state for its timeline and sources.</p>
<section id="statuses" aria-labelledby="statuses-title">
<h2 id="statuses-title">Statuses</h2>
${statusSummary(assessments)}
${list}
</section>
<section id="subscribe" aria-labelledby="subscribe-title">
<h2 id="subscribe-title">Get an alert when a status changes</h2>
${renderSubscriptionForm({ states })}
</section>
<section aria-labelledby="feeds-title">
<h2 id="feeds-title">Feeds</h2>
<ul>
<li><a href="/feed.atom">Atom feed of status changes</a></li>
<li><a href="/calendar.ics">Calendar of effective dates</a> (iCalendar: the day each withdrawal took or takes effect, past and upcoming; <a href="/calendar.ics?alarms=30,7,1">with reminders 30, 7 and 1 days before</a>)</li>
</ul>
</section>`;
  return renderPage({ title: 'Treaty withdrawals', main });
}
