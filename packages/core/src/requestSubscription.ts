import { randomBytes } from 'node:crypto';
import { addSeconds } from './addSeconds.js';
import { CONFIRMATION_WINDOW_SECONDS, VERIFICATION } from './constants.js';
import { endpointKey } from './endpointKey.js';
import { enforceSubscriptionLimits } from './enforceSubscriptionLimits.js';
import { InvalidInputError } from './errors.js';
import { keyedHash } from './keyedHash.js';
import { manageTokenHash } from './manageTokenHash.js';
import { maskEndpoint } from './maskEndpoint.js';
import { newManageToken, newSubscriptionId } from './newManageToken.js';
import { parseSubscriptionRequest } from './parseSubscriptionRequest.js';
import {
  type Placement,
  placeSubscription,
  releasePlacement,
  undoPlacement,
} from './placeSubscription.js';
import type {
  Clock,
  DirectSmsSender,
  RateLimiter,
  SubscriptionCapacity,
  SubscriptionChannel,
  SubscriptionLimits,
  SubscriptionRecord,
  SubscriptionRequest,
  SubscriptionStore,
} from './ports.js';
import { smsCountryAllowed } from './smsCountryAllowed.js';
import { verificationCode } from './verificationCode.js';

/** What the subscription use cases need. */
export interface SubscriptionDeps {
  readonly subscriptions: SubscriptionStore;
  readonly channel: SubscriptionChannel;
  /** Where subscriptions may go: the alert-topic shards and their filter-policy slots. */
  readonly capacity: SubscriptionCapacity;
  readonly sms: DirectSmsSender;
  readonly limiter: RateLimiter;
  readonly limits: SubscriptionLimits;
  /** The server-side secret that keys endpoint, code and address hashes. */
  readonly key: string;
  readonly clock: Clock;
}

/**
 * The answer to a subscription request. It is the same whether or not the
 * endpoint already had a subscription, so it reveals nothing about anyone.
 */
export type RequestSubscriptionResult =
  | { readonly id: string; readonly status: 'pending-verification' }
  | { readonly id: string; readonly status: 'pending-confirmation'; readonly manageToken: string };

/** The keyed hash under which a one-time code of subscription `id` is stored. */
export function verificationCodeHash(key: string, id: string, code: string): string {
  return keyedHash(key, 'verification-code', `${id}:${code}`);
}

/** The text of the SMS that carries a one-time code. */
export function verificationSmsText(code: string): string {
  const minutes = VERIFICATION.codeTtlSeconds / 60;
  return `Treaty Watch code: ${code}. It expires in ${minutes} minutes. If you did not ask for alerts, ignore this message.`;
}

/**
 * Asks for alerts at an endpoint. SMS: a 6-digit code goes to the number and
 * the subscription waits for it (`verifySubscription`); nothing reaches the
 * number before. Email and https: SNS sends its own confirmation, and the
 * caller gets the manage token.
 *
 * One live subscription per endpoint: when another already holds it, the
 * request is answered exactly as a new one would be, but what it creates is
 * a stand-in that can never be verified or reach the endpoint, and it
 * touches nothing of the owner's. Abuse limits are counted first, the same
 * way in both cases. Email and https subscriptions are placed on an
 * alert-topic shard with room (`placeSubscription`). Throws
 * `InvalidInputError` (nothing written), `RateLimitedError`,
 * `CapacityReachedError` (no shard has room; nothing kept).
 */
export async function requestSubscription(
  deps: SubscriptionDeps,
  input: unknown,
  context: { readonly sourceIp: string },
): Promise<RequestSubscriptionResult> {
  const request = parseSubscriptionRequest(input);
  if (
    request.protocol === 'sms' &&
    !smsCountryAllowed(request.endpoint, deps.limits.smsCountries)
  ) {
    throw new InvalidInputError([
      { field: 'endpoint', message: 'this service sends no SMS to that country' },
    ]);
  }
  const key = endpointKey(deps.key, request.protocol, request.endpoint);
  await enforceSubscriptionLimits(deps, {
    sourceIp: context.sourceIp,
    endpointKey: key,
    sendsCode: request.protocol === 'sms',
  });
  return request.protocol === 'sms'
    ? requestSms(deps, request, key)
    : requestConfirmed(deps, request, key);
}

function baseRecord(deps: SubscriptionDeps, request: SubscriptionRequest, key: string) {
  const { protocol, endpoint, ...filter } = request;
  return {
    id: newSubscriptionId(),
    protocol,
    endpointKey: key,
    endpointMasked: maskEndpoint(protocol, endpoint),
    filter,
    createdAt: deps.clock.now(),
  };
}

async function requestSms(
  deps: SubscriptionDeps,
  request: SubscriptionRequest,
  key: string,
): Promise<RequestSubscriptionResult> {
  const base = baseRecord(deps, request, key);
  const codeExpiresAt = addSeconds(base.createdAt, VERIFICATION.codeTtlSeconds);
  const claimed = await deps.subscriptions.claimEndpoint(
    key,
    base.id,
    base.createdAt,
    codeExpiresAt,
  );
  const code = verificationCode();
  // A stand-in's hash is of 32 random bytes: no 6-digit code can ever match it.
  const secret = claimed ? code : randomBytes(32).toString('hex');
  const record: SubscriptionRecord = {
    ...base,
    status: 'pending-verification',
    ...(claimed ? { endpoint: request.endpoint } : {}),
    verification: {
      codeHash: verificationCodeHash(deps.key, base.id, secret),
      expiresAt: codeExpiresAt,
      attempts: 0,
    },
    expiresAt: addSeconds(base.createdAt, VERIFICATION.recordTtlSeconds),
  };
  try {
    await deps.subscriptions.put(record);
    if (claimed) {
      await deps.sms.send({
        to: request.endpoint,
        text: verificationSmsText(code),
        purpose: 'verification',
      });
    }
  } catch (error) {
    // Give the claim back, so a failed request blocks nobody.
    if (claimed) await deps.subscriptions.releaseEndpoint(key, base.id, base.createdAt);
    throw error;
  }
  return { id: base.id, status: 'pending-verification' };
}

async function requestConfirmed(
  deps: SubscriptionDeps,
  request: SubscriptionRequest,
  key: string,
): Promise<RequestSubscriptionResult> {
  const base = baseRecord(deps, request, key);
  const until = addSeconds(base.createdAt, CONFIRMATION_WINDOW_SECONDS);
  const claimed = await deps.subscriptions.claimEndpoint(key, base.id, base.createdAt, until);
  const manageToken = newManageToken();
  let placement: Placement | undefined;
  if (claimed) {
    try {
      placement = await placeSubscription(deps, request, base.id);
    } catch (error) {
      await deps.subscriptions.releaseEndpoint(key, base.id, base.createdAt);
      throw error;
    }
  }
  // SNS answers an endpoint that is already subscribed and confirmed with
  // that subscription's reference: the owner's, never the caller's to hold.
  const own = placement !== undefined && placement.status !== 'already-subscribed';
  if (placement !== undefined && !own) {
    await releasePlacement(deps.capacity, placement, request.protocol);
  }
  const record: SubscriptionRecord = {
    ...base,
    status: own && placement?.status === 'active' ? 'active' : 'pending-confirmation',
    tokenHash: manageTokenHash(manageToken),
    // A stand-in lapses with the confirmation window; a real one may be confirmed any time in it.
    ...(own && placement !== undefined
      ? {
          channelRef: placement.channelRef,
          shard: placement.shard,
          filterSlot: placement.filterSlot,
        }
      : { expiresAt: until }),
  };
  try {
    await deps.subscriptions.put(record);
  } catch (error) {
    // Without a record nobody could manage it: undo the subscription, give the claim back.
    if (own && placement !== undefined) {
      await undoPlacement(deps, placement, request.protocol);
      await deps.subscriptions.releaseEndpoint(key, base.id, base.createdAt);
    }
    throw error;
  }
  return { id: base.id, status: 'pending-confirmation', manageToken };
}
