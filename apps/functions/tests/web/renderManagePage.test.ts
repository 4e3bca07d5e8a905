import type { SubscriptionPreferences } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { renderManagePage } from '../../src/web/renderManagePage.js';

const preferences: SubscriptionPreferences = {
  id: 'sub-1',
  protocol: 'sms',
  endpointMasked: '+4479*******56',
  status: 'active',
  filter: { states: ['UA'], statuses: ['withdrawn'], reminders: [30, 7], cadence: 'weekly' },
};

const page = (extra: Partial<Parameters<typeof renderManagePage>[0]> = {}) =>
  renderManagePage({
    kind: 'manage',
    preferences,
    token: 'a"b<c',
    states: [{ value: 'UA', label: 'Ukraine' }],
    ...extra,
  } as Parameters<typeof renderManagePage>[0]);

describe('renderManagePage', () => {
  it('shows the masked endpoint, the protocol and the saved filters, ticked', () => {
    const html = page();
    expect(html).toContain('<dd>SMS</dd>');
    expect(html).toContain('<dd>+4479*******56</dd>');
    expect(html).toContain('id="f-states-UA" name="states" value="UA" checked');
    expect(html).toContain('name="statuses" value="withdrawn" checked');
    expect(html).not.toMatch(/value="apmbc" checked/);
    expect(html).toContain('id="f-reminders" name="reminders" value="30, 7"');
    expect(html).toContain('id="f-cadence-weekly" name="cadence" value="weekly" checked');
    expect(html).not.toMatch(/value="immediate" checked/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('has three forms that post the id and the escaped token in hidden fields, and no link with the token', () => {
    const html = page();
    for (const action of ['/manage', '/manage/test', '/unsubscribe']) {
      expect(html).toContain(`<form method="post" action="${action}"`);
    }
    expect(html.match(/<input type="hidden" name="token" value="a&quot;b&lt;c">/g)).toHaveLength(3);
    expect(html).not.toContain('a"b<c');
    expect(html).not.toMatch(/href="[^"]*token=/);
  });

  it('says what was done, what was refused, and echoes entries with their errors', () => {
    const html = page({
      notice: 'Your preferences are saved.',
      problem: 'Try again in about 5 minutes.',
      values: { states: ['UA'], treaties: [], statuses: [], reminders: '30, x', cadence: 'weekly' },
      errors: [{ field: 'states', message: 'Each state must be a state code' }],
    });
    expect(html).toContain('<div class="notice" role="status"><p>Your preferences are saved.</p>');
    expect(html).toContain('<div class="alert" role="alert"><p>Try again in about 5 minutes.</p>');
    expect(html).toContain('<a href="#f-states">Each state must be a state code</a>');
    expect(html).toContain('id="err-states"');
    expect(html).toContain('id="f-reminders" name="reminders" value="30, x"');
    expect(html).not.toMatch(/value="withdrawn" checked/);
  });

  it.each([
    ['not-found', 'Subscription not found'],
    ['forbidden', 'This link does not match the subscription'],
    ['incomplete', 'This link is incomplete'],
  ] as const)('reports %s with no form', (kind, title) => {
    const html = renderManagePage({ kind });
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).not.toContain('<form');
  });
});
