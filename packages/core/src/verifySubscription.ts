import * as z from 'zod/mini';
import { MAX_REPORTED_ISSUES, VERIFICATION } from './constants.js';
import { GoneError, InvalidInputError, NotFoundError } from './errors.js';
import { manageTokenHash } from './manageTokenHash.js';
import { newManageToken } from './newManageToken.js';
import { parseInput } from './parseInput.js';
import { placeSubscription, releasePlacement, undoPlacement } from './placeSubscription.js';
import type { SubscriptionRecord } from './ports.js';
import { type SubscriptionDeps, verificationCodeHash } from './requestSubscription.js';
import { sameHash } from './sameHash.js';

/** What verifying takes: the subscription's id and the code from the SMS. */
const verifyInputSchema = z.object(
  {
    id: z.string({ error: 'is required' }).check(z.minLength(1, { error: 'is required' })),
    code: z
      .string({ error: 'is required (the 6 digits from the SMS)' })
      .check(z.regex(/^\d{6}$/, { error: 'must be the 6 digits from the SMS' })),
  },
  { error: 'must be an object with id and code' },
);

/** A verified SMS subscription, with the token that manages it (shown once). */
export interface VerifySubscriptionResult {
  readonly id: string;
  readonly status: 'active';
  readonly manageToken: string;
}

/** The text of the SMS that confirms a subscription and carries its manage link. */
export function subscribedSmsText(manageLink: string): string {
  return `Treaty Watch: alerts are on for this number. To change or stop them: ${manageLink}`;
}

function refuseUnusable(record: SubscriptionRecord, now: string): void {
  const { id, verification } = record;
  if (record.status === 'active') throw new GoneError('code', id, 'it was used already');
  if (record.status === 'void' || verification === undefined) {
    throw new GoneError('code', id, 'too many wrong codes; ask for a new one');
  }
  if (verification.attempts >= VERIFICATION.maxAttempts) {
    throw new GoneError('code', id, 'too many wrong codes; ask for a new one');
  }
  if (Date.parse(now) >= Date.parse(verification.expiresAt)) {
    throw new GoneError('code', id, 'it expired; ask for a new one');
  }
}

/**
 * Checks the one-time code of a pending SMS subscription. The right code,
 * once and within 10 minutes, subscribes the number to the alerts and sends a
 * second SMS with the manage link; a wrong one counts, and the fifth voids the
 * subscription. Throws `NotFoundError`, `InvalidInputError` (a wrong code,
 * with the tries left), `GoneError` (used, voided or expired),
 * `CapacityReachedError` (no shard has room: the code stays good until it
 * expires, so the owner may try again).
 */
export async function verifySubscription(
  deps: Omit<SubscriptionDeps, 'limiter' | 'limits'>,
  input: unknown,
  options: { readonly manageLink: (id: string, token: string) => string },
): Promise<VerifySubscriptionResult> {
  const { id, code } = parseInput(verifyInputSchema, input, '(verification)', {
    maxIssues: MAX_REPORTED_ISSUES,
  });
  const record = await deps.subscriptions.get(id);
  if (record === null || record.protocol !== 'sms') throw new NotFoundError('subscription', id);
  const now = deps.clock.now();
  refuseUnusable(record, now);
  const codeHash = verificationCodeHash(deps.key, id, code);
  if (!sameHash(codeHash, record.verification?.codeHash ?? '')) {
    const attempts = await deps.subscriptions.recordWrongCode(id, VERIFICATION.maxAttempts);
    if (attempts >= VERIFICATION.maxAttempts) {
      if (record.endpointKey !== undefined) {
        await deps.subscriptions.releaseEndpoint(record.endpointKey, id, now);
      }
      throw new GoneError('code', id, 'too many wrong codes; ask for a new one');
    }
    const left = VERIFICATION.maxAttempts - attempts;
    throw new InvalidInputError([
      { field: 'code', message: `is wrong; ${left} ${left === 1 ? 'try' : 'tries'} left` },
    ]);
  }
  const { endpoint, endpointKey } = record;
  // Only a stand-in lacks these, and no code matches a stand-in's hash.
  if (endpoint === undefined || endpointKey === undefined) {
    throw new GoneError('code', id, 'it was used already');
  }
  const placement = await placeSubscription(
    deps,
    { protocol: 'sms', endpoint, ...record.filter },
    id,
  );
  const manageToken = newManageToken();
  const activated = await deps.subscriptions
    .activate(id, codeHash, {
      channelRef: placement.channelRef,
      tokenHash: manageTokenHash(manageToken),
      shard: placement.shard,
      filterSlot: placement.filterSlot,
    })
    .catch(async (error: unknown) => {
      await undoPlacement(deps, placement, 'sms');
      throw error;
    });
  // A concurrent try with the same code won: the number stays subscribed once,
  // by it. On the same shard SNS answered both with one subscription, which is
  // the winner's to keep; only the counts this try added are given back.
  if (!activated) {
    const winner = await deps.subscriptions.get(id);
    if (winner?.channelRef === placement.channelRef) {
      await releasePlacement(deps.capacity, placement, 'sms');
    } else {
      await undoPlacement(deps, placement, 'sms');
    }
    throw new GoneError('code', id, 'it was used already');
  }
  await deps.subscriptions.holdEndpoint(endpointKey, id);
  await deps.sms
    .send({
      to: endpoint,
      text: subscribedSmsText(options.manageLink(id, manageToken)),
      purpose: 'confirmation',
    })
    // The subscription is active and the answer carries the token: a lost
    // confirmation SMS must not turn that into an error.
    .catch(() => undefined);
  return { id, status: 'active', manageToken };
}
