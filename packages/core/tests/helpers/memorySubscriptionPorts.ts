import {
  type Activation,
  type DirectSmsPurpose,
  type DirectSmsSender,
  type FixedClock,
  fixedClock,
  fixedWindow,
  NotFoundError,
  type RateDecision,
  type RateLimiter,
  type SubscriptionChannel,
  type SubscriptionDeps,
  type SubscriptionFilter,
  type SubscriptionLimits,
  type SubscriptionRecord,
  type SubscriptionRequest,
  type SubscriptionStore,
} from '../../src/index.js';

interface Claim {
  readonly id: string;
  readonly until?: string;
}

/** `SubscriptionStore` in memory, with the conditional semantics of the DynamoDB one. */
export class MemorySubscriptionStore implements SubscriptionStore {
  readonly records = new Map<string, SubscriptionRecord & { removedAt?: string }>();
  readonly claims = new Map<string, Claim>();

  async claimEndpoint(key: string, id: string, now: string, until?: string): Promise<boolean> {
    const held = this.claims.get(key);
    if (held !== undefined && (held.until === undefined || held.until > now)) return false;
    this.claims.set(key, { id, ...(until === undefined ? {} : { until }) });
    return true;
  }

  async holdEndpoint(key: string, id: string): Promise<void> {
    if (this.claims.get(key)?.id === id) this.claims.set(key, { id });
  }

  async releaseEndpoint(key: string, id: string, at: string): Promise<void> {
    if (this.claims.get(key)?.id === id) this.claims.set(key, { id, until: at });
  }

  async put(record: SubscriptionRecord): Promise<void> {
    if (this.records.has(record.id)) throw new Error(`record ${record.id} exists`);
    this.records.set(record.id, record);
  }

  async get(id: string): Promise<SubscriptionRecord | null> {
    const record = this.records.get(id);
    return record === undefined || record.removedAt !== undefined ? null : record;
  }

  async recordWrongCode(id: string, maxAttempts: number): Promise<number> {
    const record = this.records.get(id);
    const verification = record?.verification;
    if (
      record === undefined ||
      verification === undefined ||
      record.status !== 'pending-verification' ||
      verification.attempts >= maxAttempts
    ) {
      return maxAttempts;
    }
    const attempts = verification.attempts + 1;
    this.records.set(id, {
      ...record,
      status: attempts >= maxAttempts ? 'void' : record.status,
      verification: { ...verification, attempts },
    });
    return attempts;
  }

  async activate(id: string, codeHash: string, activation: Activation): Promise<boolean> {
    const record = this.records.get(id);
    if (record?.status !== 'pending-verification' || record.verification?.codeHash !== codeHash) {
      return false;
    }
    const { endpoint: _endpoint, verification: _v, expiresAt: _e, ...rest } = record;
    this.records.set(id, { ...rest, status: 'active', ...activation });
    return true;
  }

  async setFilter(id: string, filter: SubscriptionFilter): Promise<void> {
    const record = this.records.get(id);
    if (record === undefined) throw new NotFoundError('subscription', id);
    this.records.set(id, { ...record, filter });
  }

  async remove(id: string, at: string): Promise<void> {
    const record = this.records.get(id);
    if (record === undefined || record.removedAt !== undefined) {
      throw new NotFoundError('subscription', id);
    }
    this.records.set(id, { ...record, removedAt: at });
  }
}

/** A channel subscription as the fake holds it. */
export interface MemoryChannelSubscription {
  readonly request: SubscriptionRequest;
  filter: SubscriptionFilter;
  confirmed: boolean;
}

/**
 * `SubscriptionChannel` in memory, idempotent per (protocol, endpoint) as SNS
 * is: subscribing an endpoint again answers the existing reference.
 */
export class MemorySubscriptionChannel implements SubscriptionChannel {
  readonly subscriptions = new Map<string, MemoryChannelSubscription>();
  #next = 0;

  async subscribe(request: SubscriptionRequest) {
    const { protocol, endpoint, ...filter } = request;
    for (const [channelRef, existing] of this.subscriptions) {
      const same = existing.request.protocol === protocol && existing.request.endpoint === endpoint;
      if (!same) continue;
      if (protocol !== 'sms' && existing.confirmed) {
        return { channelRef, status: 'already-subscribed' as const };
      }
      return {
        channelRef,
        status: existing.confirmed ? ('active' as const) : ('pending-confirmation' as const),
      };
    }
    this.#next += 1;
    const channelRef = `arn:memory:alerts:${this.#next}`;
    this.subscriptions.set(channelRef, { request, filter, confirmed: protocol === 'sms' });
    return {
      channelRef,
      status: protocol === 'sms' ? ('active' as const) : ('pending-confirmation' as const),
    };
  }

  async setFilter(channelRef: string, filter: SubscriptionFilter): Promise<void> {
    const subscription = this.subscriptions.get(channelRef);
    if (subscription === undefined) throw new Error(`no channel subscription ${channelRef}`);
    subscription.filter = filter;
  }

  async unsubscribe(channelRef: string): Promise<void> {
    this.subscriptions.delete(channelRef);
  }

  /** Plays the endpoint's owner following SNS's confirmation link. */
  confirm(channelRef: string): void {
    const subscription = this.subscriptions.get(channelRef);
    if (subscription !== undefined) subscription.confirmed = true;
  }

  /** The confirmed subscriptions of an endpoint. */
  activeFor(endpoint: string): MemoryChannelSubscription[] {
    return [...this.subscriptions.values()].filter(
      (s) => s.confirmed && s.request.endpoint === endpoint,
    );
  }
}

/** `DirectSmsSender` that keeps every message, like the local stack's `sms.log`. */
export class MemorySmsSender implements DirectSmsSender {
  readonly sent: { to: string; text: string; purpose: DirectSmsPurpose }[] = [];

  async send(message: { to: string; text: string; purpose: DirectSmsPurpose }): Promise<void> {
    this.sent.push({ ...message });
  }

  /** The code in the last verification SMS sent to `to`. */
  lastCode(to: string): string {
    const message = this.sent.filter((m) => m.to === to && m.purpose === 'verification').at(-1);
    const code = message?.text.match(/\b(\d{6})\b/)?.[1];
    if (code === undefined) throw new Error(`no code was sent to ${to}`);
    return code;
  }
}

/** `RateLimiter` in memory: fixed windows aligned to multiples of their length. */
export class MemoryRateLimiter implements RateLimiter {
  readonly counts = new Map<string, number>();

  async take(
    key: string,
    limit: number,
    windowSeconds: number,
    now: string,
  ): Promise<RateDecision> {
    const { start, retryAfterSeconds } = fixedWindow(now, windowSeconds);
    const counter = `${key}@${start}`;
    const used = this.counts.get(counter) ?? 0;
    if (used >= limit) return { allowed: false, used, retryAfterSeconds };
    this.counts.set(counter, used + 1);
    return { allowed: true, used: used + 1, retryAfterSeconds };
  }
}

/** Every port of the subscription use cases in memory, with a clock the test moves. */
export function memorySubscriptionDeps(limits: SubscriptionLimits): SubscriptionDeps & {
  subscriptions: MemorySubscriptionStore;
  channel: MemorySubscriptionChannel;
  sms: MemorySmsSender;
  limiter: MemoryRateLimiter;
  clock: FixedClock;
} {
  return {
    subscriptions: new MemorySubscriptionStore(),
    channel: new MemorySubscriptionChannel(),
    sms: new MemorySmsSender(),
    limiter: new MemoryRateLimiter(),
    limits,
    key: 'test-subscription-key',
    clock: fixedClock('2026-03-01T12:00:00Z'),
  };
}
