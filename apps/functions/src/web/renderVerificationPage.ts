import { escapeHtml } from './escapeHtml.js';
import { renderPage } from './renderPage.js';

/** The code form of a pending SMS subscription. */
export interface VerificationPageInput {
  readonly id: string;
  /** Why the last code was refused, when it was. */
  readonly problem?: string;
}

/**
 * The page after an SMS subscription request: a form for the 6-digit code
 * the number received, posted to `/subscriptions/{id}/verify` (no JavaScript
 * needed). Shown again, with the problem, after a wrong code.
 */
export function renderVerificationPage({ id, problem }: VerificationPageInput): string {
  const action = `/subscriptions/${encodeURIComponent(id)}/verify`;
  const error =
    problem === undefined
      ? ''
      : `<div class="notice error" role="alert"><p>${escapeHtml(problem)}</p></div>\n`;
  const main = `<h1>Enter the code we sent by SMS</h1>
${error}<p>If the number can receive alerts, it has been sent a 6-digit code. It works once, for 10 minutes. Nothing is sent to the number until the code is entered here.</p>
<form method="post" action="${escapeHtml(action)}">
<label for="code">Code</label>
<input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required>
<button type="submit">Confirm</button>
</form>
<p><a href="/">Back to the statuses</a></p>`;
  return renderPage({ title: 'Enter the code', main, indexable: false });
}
