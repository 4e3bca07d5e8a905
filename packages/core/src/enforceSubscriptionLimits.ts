import { type LimitName, RateLimitedError } from './errors.js';
import { keyedHash } from './keyedHash.js';
import type { Clock, RateLimiter, SubscriptionLimits } from './ports.js';

const DAY_SECONDS = 86_400;

/** What the limits of one subscription request count. */
export interface LimitSubject {
  /** The caller's address as the front door saw it. */
  readonly sourceIp: string;
  /** `endpointKey` of the requested endpoint. */
  readonly endpointKey: string;
  /** True when the request would send a verification SMS. */
  readonly sendsCode: boolean;
}

/**
 * Counts one subscription request against each abuse limit, in order: per
 * source IP, per endpoint, then the global daily budget of verification SMS.
 * Throws `RateLimitedError` at the first one that is spent. Counters are kept
 * under keyed hashes, so the table holds no IP address or endpoint.
 */
export async function enforceSubscriptionLimits(
  deps: { limiter: RateLimiter; limits: SubscriptionLimits; key: string; clock: Clock },
  subject: LimitSubject,
): Promise<void> {
  const { perSourceIp, perEndpoint, verificationSmsPerDay } = deps.limits;
  const counters: [LimitName, string, number, number][] = [
    [
      'source-ip',
      `ip#${keyedHash(deps.key, 'source-ip', subject.sourceIp).slice(0, 32)}`,
      perSourceIp.requests,
      perSourceIp.windowSeconds,
    ],
    [
      'endpoint',
      `endpoint#${subject.endpointKey.slice(0, 32)}`,
      perEndpoint.requests,
      perEndpoint.windowSeconds,
    ],
  ];
  if (subject.sendsCode) {
    counters.push(['verification-sms-budget', 'sms-budget', verificationSmsPerDay, DAY_SECONDS]);
  }
  const now = deps.clock.now();
  for (const [limit, key, count, windowSeconds] of counters) {
    if (!Number.isFinite(count)) continue;
    const decision = await deps.limiter.take(key, count, windowSeconds, now);
    if (!decision.allowed) throw new RateLimitedError(limit, decision.retryAfterSeconds);
  }
}
