import { describe, expect, it } from 'vitest';
import { renderUnsubscribePage } from '../../src/web/renderUnsubscribePage.js';

describe('renderUnsubscribePage', () => {
  it('asks to confirm with a form that posts the id and token', () => {
    const html = renderUnsubscribePage({ kind: 'confirm', id: 'sub-1', token: 'a"b' });
    expect(html).toContain('<form method="post" action="/unsubscribe">');
    expect(html).toContain('<input type="hidden" name="id" value="sub-1">');
    expect(html).toContain('<input type="hidden" name="token" value="a&quot;b">');
  });

  it.each([
    ['done', 'You are unsubscribed'],
    ['not-found', 'Subscription not found'],
    ['forbidden', 'This link does not match the subscription'],
    ['incomplete', 'This link is incomplete'],
  ] as const)('reports %s', (kind, title) => {
    const html = renderUnsubscribePage({ kind });
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).not.toContain('<form method="post" action="/unsubscribe">');
  });
});
