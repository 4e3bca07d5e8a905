import { describe, expect, it } from 'vitest';
import { renderSubscriptionResultPage } from '../../src/web/renderSubscriptionResultPage.js';

const base = { id: 'sub-abc', manageToken: 'tok/+=', origin: 'https://watch.example.org' };

describe('renderSubscriptionResultPage', () => {
  it('asks an email subscriber to confirm from the inbox', () => {
    const html = renderSubscriptionResultPage({
      ...base,
      status: 'pending-confirmation',
      protocol: 'email',
    });
    expect(html).toContain('<h1>Check your inbox to confirm</h1>');
  });

  it('says an SMS subscription is active', () => {
    const html = renderSubscriptionResultPage({ ...base, status: 'active', protocol: 'sms' });
    expect(html).toContain('<h1>Your subscription is active</h1>');
  });

  it('gives the manage link with the id and the token, URL-encoded', () => {
    const html = renderSubscriptionResultPage({ ...base, status: 'active', protocol: 'sms' });
    expect(html).toContain('href="/manage?id=sub-abc&amp;token=tok%2F%2B%3D"');
    expect(html).toContain('https://watch.example.org/manage?id=sub-abc&amp;token=tok%2F%2B%3D');
  });

  it('asks robots not to index it', () => {
    const html = renderSubscriptionResultPage({ ...base, status: 'active', protocol: 'sms' });
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
