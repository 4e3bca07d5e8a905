import { escapeHtml } from './escapeHtml.js';
import { manageLink } from './manageLink.js';
import { renderPage } from './renderPage.js';

/** A subscription just created, as the page reports it. */
export interface SubscriptionResultInput {
  readonly id: string;
  readonly status: 'pending-confirmation' | 'active';
  readonly manageToken: string;
  readonly protocol: string;
  /** Scheme and host the visitor used, to print the manage link in full. */
  readonly origin: string;
}

/**
 * The page after subscribing: for an email still to be confirmed, "check your
 * inbox to confirm"; otherwise that the subscription is active. Either way the
 * manage link that unsubscribes, to keep. Not indexable: it carries the token.
 */
export function renderSubscriptionResultPage({
  id,
  status,
  manageToken,
  protocol,
  origin,
}: SubscriptionResultInput): string {
  const link = manageLink(id, manageToken);
  const heading =
    status === 'pending-confirmation'
      ? 'Check your inbox to confirm'
      : 'Your subscription is active';
  const what =
    status === 'pending-confirmation'
      ? `<p>We have sent a confirmation message${protocol === 'email' ? ' to your email address' : ''}. Alerts start once you follow the link in it; if it has not arrived in a few minutes, look in your spam folder.</p>`
      : `<p>You will receive an alert${protocol === 'sms' ? ' by SMS' : ''} each time a status you follow changes.</p>`;
  const main = `<h1>${heading}</h1>
<div class="notice" role="status">
${what}
</div>
<h2>Keep this link</h2>
<p>It is the only way to stop the alerts, and it works without an account:</p>
<p><a class="url" href="${escapeHtml(link)}">${escapeHtml(`${origin}${link}`)}</a></p>
<p><a href="/">Back to the statuses</a></p>`;
  return renderPage({ title: heading, main, indexable: false });
}
