import type { Handler } from 'hono';
import type {
  ConfirmOutcome,
  LocalSubscriptionChannel,
} from '../subscribers/LocalSubscriptionChannel.js';

const PAGES: Readonly<Record<ConfirmOutcome, { status: 200 | 403 | 404; text: string }>> = {
  confirmed: { status: 200, text: 'Subscription confirmed: alerts will be sent to this address.' },
  'already-confirmed': { status: 200, text: 'This subscription was already confirmed.' },
  'not-found': { status: 404, text: 'No such subscription: it may have been removed.' },
  'bad-token': { status: 403, text: 'This confirmation link is not valid.' },
};

/**
 * The local stack's stand-in for SNS's confirmation endpoint:
 * `GET /confirm?subscriber=<id>&token=<token>`, the link in the confirmation
 * email, confirms a pending email subscription.
 */
export function createConfirmFunction(channel: LocalSubscriptionChannel): Handler {
  return async (c) => {
    const id = c.req.query('subscriber') ?? '';
    const token = c.req.query('token') ?? '';
    const outcome: ConfirmOutcome =
      id === '' || token === '' ? 'not-found' : await channel.confirm(id, token);
    const page = PAGES[outcome];
    return c.text(`${page.text}\n`, page.status, { 'cache-control': 'no-store' });
  };
}
