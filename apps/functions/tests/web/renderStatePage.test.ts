import { describe, expect, it } from 'vitest';
import { renderStatePage } from '../../src/web/renderStatePage.js';
import { AS_OF, storedAssessment, treatyEvent } from './helpers/fixtures.js';

const events = [
  treatyEvent({
    id: 'ev-announced',
    type: 'withdrawal-announced',
    date: '2025-03-18',
    note: 'Joint statement of the defence ministers.',
    source: 'https://kam.lt/en/statement',
  }),
  treatyEvent({ id: 'ev-wrong', type: 'withdrawal-approved', date: '2025-04-01' }),
  treatyEvent({
    id: 'ev-fix',
    type: 'event-retracted',
    treaty: null,
    retracts: 'ev-wrong',
    date: '2025-04-02',
    note: 'The vote was on another bill.',
  }),
  treatyEvent({ id: 'ev-objection', type: 'objection-lodged', objector: 'AT', date: '2025-07-01' }),
  treatyEvent({ id: 'ev-later', type: 'withdrawal-notified', date: '2026-02-01' }),
];
const assessments = [
  storedAssessment({
    status: 'withdrawal-pending',
    since: '2025-06-27',
    effectiveOn: '2025-12-27',
    nextReviewOn: '2025-12-27',
    explanation: [
      'The instrument reached the depositary on 27 June 2025.',
      'Six months later it takes effect.',
    ],
    sources: ['https://treaties.un.org/cn.pdf'],
  }),
];
const html = renderStatePage({ state: 'LT', assessments, events, asOf: AS_OF });

describe('renderStatePage', () => {
  it('titles the page with the state name', () => {
    expect(html).toContain('<h1>Lithuania</h1>');
    expect(html).toContain('<title>Lithuania · Treaty Watch</title>');
  });

  it('shows each assessment with its status in words and every line of its explanation', () => {
    expect(html).toContain('>Withdrawal pending</span>');
    expect(html).toContain('<li>The instrument reached the depositary on 27 June 2025.</li>');
    expect(html).toContain('<li>Six months later it takes effect.</li>');
  });

  it('lists the facts in order with dates, types in words and notes', () => {
    const order = ['2025-03-18', '2025-04-01', '2025-04-02', '2025-07-01', '2026-02-01'].map((d) =>
      html.indexOf(`<h3><time datetime="${d}">`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Withdrawal announced</span>');
    expect(html).toContain('Joint statement of the defence ministers.');
  });

  it('links http(s) sources', () => {
    expect(html).toContain(
      '<a class="url" href="https://kam.lt/en/statement" rel="noopener noreferrer">https://kam.lt/en/statement</a>',
    );
  });

  it('marks a retracted fact and says what the correction retracts', () => {
    expect(html).toMatch(/<li class="retracted">\n<h3><time datetime="2025-04-01">/);
    expect(html).toContain('Retracted: no longer counts');
    expect(html).toContain(
      'Retracts the fact of <time datetime="2025-04-01">1 April 2025</time>: Withdrawal approved at home.',
    );
  });

  it('names the objecting state', () => {
    expect(html).toContain('Objection by Austria.');
  });

  it('marks a fact dated after today as not yet counted', () => {
    expect(html).toContain('Dated after today: not yet counted');
  });
});
