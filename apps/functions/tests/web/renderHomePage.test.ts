import { STATE_CODES } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { renderHomePage } from '../../src/web/renderHomePage.js';
import { AS_OF, ASSESSMENTS } from './helpers/fixtures.js';

const html = renderHomePage({ assessments: ASSESSMENTS, asOf: AS_OF });

describe('renderHomePage', () => {
  it('shows every tracked state by name, linked to its page', () => {
    for (const [code, name] of [
      ['LT', 'Lithuania'],
      ['UA', 'Ukraine'],
      ['FI', 'Finland'],
      ['BI', 'Burundi'],
      ['US', 'United States'],
    ]) {
      expect(html).toContain(`<a href="/status/${code}">${name}</a>`);
    }
  });

  it('shows statuses in words, not codes', () => {
    expect(html).toContain('>Withdrawal pending</span>');
    expect(html).toContain('>Suspension declared</span>');
    expect(html).toContain('>Withdrawal suspended by armed conflict</span>');
    expect(html).toContain('>Withdrawn</span>');
    expect(html).toContain('>Party</span>');
  });

  it('shows treaty names from the catalog', () => {
    expect(html).toContain('Ottawa Convention');
    expect(html).toContain('Rome Statute of the International Criminal Court');
  });

  it('counts the days left before a pending withdrawal takes effect', () => {
    expect(html).toContain('Takes effect in 26 days');
    expect(html).toContain('<time datetime="2025-12-27">27 December 2025</time>');
  });

  it('explains a declared suspension of a treaty without a suspension clause in a sentence', () => {
    expect(html).toContain(
      'Ukraine has declared that it suspends the operation of the Ottawa Convention. The treaty has no suspension clause',
    );
  });

  it('explains a withdrawal suspended by armed conflict in a sentence citing the article', () => {
    expect(html).toMatch(
      /while Finland was engaged in an armed conflict; under Article 20\(3\) the withdrawal takes effect only when that conflict ends/,
    );
  });

  it('offers the subscription form posting to /subscriptions, with the tracked states as filters', () => {
    expect(html).toContain('<form method="post" action="/subscriptions"');
    expect(html).toContain('name="protocol" value="email"');
    expect(html).toContain('name="protocol" value="sms"');
    expect(html).toContain('<label for="f-endpoint">');
    expect(html).toContain('name="states" value="UA"');
    expect(html).toContain('name="treaties" value="apmbc"');
    expect(html).toContain('name="statuses" value="withdrawal-pending"');
    expect(html).toContain('<input type="text" id="f-reminders" name="reminders" value=""');
    expect(html).toContain('id="f-cadence-immediate" name="cadence" value="immediate" checked');
    expect(html).toContain('name="cadence" value="weekly"');
  });

  it('lets a person follow any ISO 3166-1 state, tracked ones first and the others behind a closed disclosure', () => {
    const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
    const states = [...form.matchAll(/name="states" value="([A-Z]{2})"/g)].map((m) => m[1]);
    expect(states).toHaveLength(STATE_CODES.length);
    expect(new Set(states)).toEqual(new Set(STATE_CODES));
    expect(form).toMatch(/<details>\s*<summary>Every other state \(ISO 3166-1\)<\/summary>/);
    const disclosure = form.slice(form.indexOf('<details>'));
    expect(disclosure).toContain(
      '<label for="f-states-NZ"><input type="checkbox" id="f-states-NZ" name="states" value="NZ"> New Zealand</label>',
    );
    expect(disclosure).not.toContain('value="UA"');
    expect(form.indexOf('value="UA"')).toBeLessThan(form.indexOf('<details>'));
  });

  it('offers every state when nothing is tracked yet', () => {
    const empty = renderHomePage({ assessments: [], asOf: AS_OF });
    expect(empty).toContain('<summary>Every state (ISO 3166-1)</summary>');
    expect([...empty.matchAll(/name="states" value="/g)]).toHaveLength(STATE_CODES.length);
  });

  it('links to the Atom feed and the calendar', () => {
    expect(html).toContain('href="/feed.atom"');
    expect(html).toContain('href="/calendar.ics"');
  });

  it('has no script', () => {
    expect(html).not.toMatch(/<script/i);
  });

  it('says so when nothing is tracked yet', () => {
    expect(renderHomePage({ assessments: [], asOf: AS_OF })).toContain(
      'No facts have been recorded yet.',
    );
  });
});
