import { escapeHtml } from './escapeHtml.js';
import { renderPage } from './renderPage.js';

/** Where an unsubscription stands, as its page reports it. */
export type UnsubscribeOutcome =
  | { readonly kind: 'confirm'; readonly id: string; readonly token: string }
  | { readonly kind: 'done' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'incomplete' };

const TITLES: Record<UnsubscribeOutcome['kind'], string> = {
  confirm: 'Stop these alerts?',
  done: 'You are unsubscribed',
  'not-found': 'Subscription not found',
  forbidden: 'This link does not match the subscription',
  incomplete: 'This link is incomplete',
};

function body(outcome: UnsubscribeOutcome): string {
  switch (outcome.kind) {
    case 'confirm':
      return `<p>Confirm to remove this subscription. You will receive no more alerts from it.</p>
<form method="post" action="/unsubscribe">
<input type="hidden" name="id" value="${escapeHtml(outcome.id)}">
<input type="hidden" name="token" value="${escapeHtml(outcome.token)}">
<button type="submit">Unsubscribe</button>
</form>`;
    case 'done':
      return '<div class="notice" role="status"><p>The subscription is removed; no more alerts will be sent to it.</p></div>';
    case 'not-found':
      return '<div class="alert" role="alert"><p>There is no such subscription: it may already have been removed.</p></div>';
    case 'forbidden':
      return '<div class="alert" role="alert"><p>The token in the link is not the one issued for this subscription. Use the full link you received when subscribing.</p></div>';
    case 'incomplete':
      return '<div class="alert" role="alert"><p>The link needs both the subscription id and its token. Use the full link you received when subscribing.</p></div>';
  }
}

/**
 * The unsubscribe page. Following the manage link (GET) only shows a confirm
 * form, so a link preview or a prefetch removes nothing; the form's POST
 * performs it, since HTML forms cannot send DELETE. Not indexable.
 */
export function renderUnsubscribePage(outcome: UnsubscribeOutcome): string {
  const title = TITLES[outcome.kind];
  const main = `<h1>${escapeHtml(title)}</h1>
${body(outcome)}
<p><a href="/">Back to the statuses</a></p>`;
  return renderPage({ title, main, indexable: false });
}
