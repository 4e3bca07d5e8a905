import { renderPage } from './renderPage.js';
import { renderSubscriptionForm, type SubscriptionFormInput } from './renderSubscriptionForm.js';

/**
 * The page for a subscription that was refused: the form again with what was
 * entered, every problem listed at the top and shown next to its field.
 */
export function renderSubscriptionErrorPage(input: SubscriptionFormInput): string {
  const main = `<h1>Check your subscription</h1>
<p>Nothing was saved. Correct the fields marked below and send the form again.</p>
${renderSubscriptionForm(input)}`;
  return renderPage({ title: 'Check your subscription', main, indexable: false });
}
