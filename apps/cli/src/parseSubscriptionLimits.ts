import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  InvalidInputError,
  NO_SUBSCRIPTION_LIMITS,
  type SubscriptionLimits,
} from '@treatywatch/core';
import { parseCount } from './parseCount.js';

/** The limit options of `treatywatch dev`, as commander gives them. */
export interface LimitOptions {
  /** False with `--no-limits`. */
  readonly limits: boolean;
  readonly subscriptionsPerIpPerHour?: string;
  readonly requestsPerEndpointPerDay?: string;
  readonly verificationSmsPerDay?: string;
  readonly smsCountries?: string;
}

function count(value: string | undefined, option: string): number | undefined {
  return value === undefined ? undefined : parseCount(value, option);
}

function prefixes(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((prefix) => prefix.trim())
    .filter((prefix) => prefix !== '');
  const bad = list.find((prefix) => !/^\+[1-9]\d{0,5}$/.test(prefix));
  if (bad !== undefined) {
    throw new InvalidInputError(
      [{ field: '--sms-countries', message: `not an E.164 prefix: ${bad}` }],
      {
        message: `--sms-countries must list E.164 prefixes such as +44,+353, got ${JSON.stringify(bad)}`,
      },
    );
  }
  return list;
}

/**
 * The subscription limits `treatywatch dev` runs with: the defaults, each
 * changed by its option, or none at all with `--no-limits` (load tests; the
 * country allow-list still applies when given).
 *
 * @throws {InvalidInputError} naming the option that is not a count or a prefix list.
 */
export function parseSubscriptionLimits(options: LimitOptions): SubscriptionLimits {
  const base = options.limits ? DEFAULT_SUBSCRIPTION_LIMITS : NO_SUBSCRIPTION_LIMITS;
  const perIp = count(options.subscriptionsPerIpPerHour, '--subscriptions-per-ip-per-hour');
  const perEndpoint = count(options.requestsPerEndpointPerDay, '--requests-per-endpoint-per-day');
  const budget = count(options.verificationSmsPerDay, '--verification-sms-per-day');
  return {
    perSourceIp: { ...base.perSourceIp, ...(perIp === undefined ? {} : { requests: perIp }) },
    perEndpoint: {
      ...base.perEndpoint,
      ...(perEndpoint === undefined ? {} : { requests: perEndpoint }),
    },
    verificationSmsPerDay: budget ?? base.verificationSmsPerDay,
    smsCountries: prefixes(options.smsCountries) ?? base.smsCountries,
  };
}
