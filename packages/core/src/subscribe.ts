import { randomBytes } from 'node:crypto';
import { manageTokenHash } from './manageTokenHash.js';
import { maskEndpoint } from './maskEndpoint.js';
import { parseSubscriptionRequest } from './parseSubscriptionRequest.js';
import type { Clock, SubscriptionChannel, SubscriptionRecord, SubscriptionStore } from './ports.js';

/** A new subscription: its id, whether the endpoint must confirm, and the token to manage it. */
export interface SubscribeResult {
  readonly id: string;
  readonly status: 'pending-confirmation' | 'active';
  /** Shown once: only its hash is kept. */
  readonly manageToken: string;
}

/**
 * Subscribes an email, SMS or https endpoint to the alerts its filter selects.
 * Validates the input (`InvalidInputError` naming each bad field, nothing
 * written), subscribes through the channel, and records the subscription with
 * the endpoint masked and the manage token hashed.
 */
export async function subscribe(
  deps: { channel: SubscriptionChannel; subscriptions: SubscriptionStore; clock: Clock },
  input: unknown,
): Promise<SubscribeResult> {
  const request = parseSubscriptionRequest(input);
  const id = `sub-${randomBytes(12).toString('hex')}`;
  const manageToken = randomBytes(32).toString('base64url');
  const subscribed = await deps.channel.subscribe(request);
  const { channelRef } = subscribed;
  const status = subscribed.status === 'pending-confirmation' ? subscribed.status : 'active';
  const record: SubscriptionRecord = {
    id,
    protocol: request.protocol,
    endpointMasked: maskEndpoint(request.protocol, request.endpoint),
    filter: {
      ...(request.states ? { states: request.states } : {}),
      ...(request.treaties ? { treaties: request.treaties } : {}),
      ...(request.statuses ? { statuses: request.statuses } : {}),
    },
    status,
    tokenHash: manageTokenHash(manageToken),
    createdAt: deps.clock.now(),
    channelRef,
  };
  try {
    await deps.subscriptions.put(record);
  } catch (error) {
    // Without a record nobody could ever unsubscribe it: undo the channel subscription.
    await deps.channel.unsubscribe(channelRef).catch(() => undefined);
    throw error;
  }
  return { id, status, manageToken };
}
