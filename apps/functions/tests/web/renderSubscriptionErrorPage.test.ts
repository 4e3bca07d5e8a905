import { describe, expect, it } from 'vitest';
import { renderSubscriptionErrorPage } from '../../src/web/renderSubscriptionErrorPage.js';

const html = renderSubscriptionErrorPage({
  states: [
    { value: 'LT', label: 'Lithuania' },
    { value: 'UA', label: 'Ukraine' },
  ],
  values: {
    protocol: 'sms',
    endpoint: '0612',
    states: ['UA', 'NZ'],
    treaties: ['apmbc'],
    statuses: [],
  },
  errors: [
    {
      field: 'endpoint',
      message: 'Email address or mobile number must be a phone number in E.164 form',
    },
    { field: null, message: 'The request could not be read' },
  ],
});

describe('renderSubscriptionErrorPage', () => {
  it('lists every problem at the top, linked to its field', () => {
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      '<li><a href="#f-endpoint">Email address or mobile number must be a phone number in E.164 form</a></li>',
    );
    expect(html).toContain('<li>The request could not be read</li>');
  });

  it('shows the problem next to the field and ties it to the input', () => {
    expect(html).toContain('aria-describedby="hint-endpoint err-endpoint" aria-invalid="true"');
    expect(html).toContain(
      '<p class="error" id="err-endpoint">Error: Email address or mobile number must be a phone number in E.164 form</p>',
    );
  });

  it('opens the list of other states when one of them was ticked', () => {
    expect(html).toMatch(/<details open>\s*<summary>Every other state/);
  });

  it('keeps what was entered', () => {
    expect(html).toContain('value="0612"');
    expect(html).toMatch(/value="sms" checked/);
    expect(html).toMatch(/name="states" value="UA" checked/);
    expect(html).not.toMatch(/name="states" value="LT" checked/);
    expect(html).toMatch(/name="states" value="NZ" checked/);
    expect(html).toMatch(/name="treaties" value="apmbc" checked/);
  });
});
