import { describe, expect, it } from 'vitest';
import { renderHomePage } from '../../src/web/renderHomePage.js';
import { renderStatePage } from '../../src/web/renderStatePage.js';
import { renderSubscriptionErrorPage } from '../../src/web/renderSubscriptionErrorPage.js';
import { AS_OF, storedAssessment, treatyEvent } from './helpers/fixtures.js';

const SCRIPT = '<script>alert("owned")</script>';

describe('escaping of text from events', () => {
  const html = renderStatePage({
    state: 'LT',
    assessments: [storedAssessment({ explanation: [`Explanation ${SCRIPT}`] })],
    events: [
      treatyEvent({ id: 'ev-1', note: `Note ${SCRIPT} & "quotes"` }),
      treatyEvent({ id: 'ev-2', source: 'javascript:alert(document.cookie)' }),
      treatyEvent({ id: 'ev-3', source: 'https://example.org/?q="><img src=x onerror=alert(1)>' }),
    ],
    asOf: AS_OF,
  });

  it('renders a note holding <script> as inert text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      'Note &lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;',
    );
  });

  it('renders an explanation holding <script> as inert text', () => {
    expect(html).toContain('Explanation &lt;script&gt;');
  });

  it('shows a javascript: source as text, never as a link', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<span class="url">javascript:alert(document.cookie)</span>');
  });

  it('keeps a hostile http(s) source inside its attribute', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain(
      'href="https://example.org/?q=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"',
    );
  });

  it('escapes the entered endpoint when the form comes back with errors', () => {
    const page = renderSubscriptionErrorPage({
      states: [],
      values: {
        protocol: 'email',
        endpoint: `"><script>x</script>`,
        states: [],
        treaties: [],
        statuses: [],
      },
      errors: [{ field: 'endpoint', message: `must be an email address, got "${SCRIPT}"` }],
    });
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('escapes state codes it cannot name', () => {
    const page = renderHomePage({
      assessments: [storedAssessment({ state: '<b>' })],
      asOf: AS_OF,
    });
    expect(page).not.toContain('<b>');
  });
});
