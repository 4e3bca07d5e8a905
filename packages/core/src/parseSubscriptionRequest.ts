import { findTreaty, STATUSES, TREATIES, type Treaty } from '@treatywatch/rules';
import * as z from 'zod/mini';
import { MAX_REPORTED_ISSUES } from './constants.js';
import { InvalidInputError } from './errors.js';
import { parseInput } from './parseInput.js';
import {
  CADENCES,
  PROTOCOLS,
  type Protocol,
  type SubscriptionFilter,
  type SubscriptionRequest,
} from './ports.js';
import { SMS_DEFAULT_STATUSES } from './smsDefaultStatuses.js';
import { stateCodeSchema } from './stateCodeSchema.js';

// Pragmatic address check: one @, no spaces, a dot in the domain; the channel's confirmation proves the rest.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_ENDPOINT_LENGTH = 2_048;

const ECHO_MAX = 32;

/** What was sent instead, shortened: a message must stay small whatever the input. */
const got = (issue: { input: unknown }): string => {
  const text = JSON.stringify(issue.input) ?? String(issue.input);
  return `got ${text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text}`;
};

/**
 * The endpoint each protocol delivers to; run on the trimmed endpoint once the
 * protocol is known. The messages never repeat the endpoint: they end up in
 * responses and logs, and an endpoint is personal data.
 */
const ENDPOINT_SCHEMAS = {
  email: z.email({
    pattern: EMAIL,
    error: 'must be an email address',
  }),
  sms: z.string().check(
    z.regex(E164, {
      error: 'must be a phone number in E.164 form such as +447911123456',
    }),
  ),
  https: z.url({ protocol: /^https$/, error: 'must be an https URL' }).check(
    z.refine(
      (value) => {
        if (!URL.canParse(value)) return true; // the url check has said so already
        const { username, password } = new URL(value);
        return username === '' && password === '';
      },
      { error: 'must not carry credentials' },
    ),
  ),
} satisfies Record<Protocol, z.ZodMiniType<string, string>>;

/**
 * The longest each filter list may be: every state code there is, every
 * treaty of the catalog, every status. Checked before any item is looked at.
 */
export const FILTER_LIST_MAX = {
  states: 249,
  treaties: TREATIES.length,
  statuses: STATUSES.length,
} as const;

type FilterField = keyof typeof FILTER_LIST_MAX;

/** A filter list: absent, null or empty means all; repeats are dropped. */
function filterList<T extends string>(item: z.ZodMiniType<T, unknown>, field: FilterField) {
  return z.optional(
    z.nullable(
      z.pipe(
        z.array(item, { error: 'must be an array (absent or empty means all)' }).check(
          z.maxLength(FILTER_LIST_MAX[field], {
            error: `must have at most ${FILTER_LIST_MAX[field]} items`,
          }),
        ),
        z.transform((values: T[]) => [...new Set(values)]),
      ),
    ),
  );
}

const treatySchema = z.pipe(
  z
    .string({
      error: (issue) => `must be a treaty id of the catalog, such as "apmbc", ${got(issue)}`,
    })
    .check(
      z.refine((value) => findTreaty(value) !== undefined, {
        error: (issue) => `must be a treaty id of the catalog, such as "apmbc", ${got(issue)}`,
      }),
    ),
  // The refinement above guarantees the treaty exists.
  z.transform((value: string) => (findTreaty(value) as Treaty).id),
);

const statusSchema = z.enum(STATUSES, {
  error: (issue) => `must be one of ${STATUSES.join(', ')}, ${got(issue)}`,
});

/** Countdown reminders: at most 5 lead times, each 1 to 365 days before an effective date. */
export const REMINDER_LIMITS = { maxCount: 5, minDays: 1, maxDays: 365 } as const;

const notALeadTime = (issue: { input: unknown }): string =>
  `must be a whole number of days from ${REMINDER_LIMITS.minDays} to ${REMINDER_LIMITS.maxDays}, ${got(issue)}`;

/** Days before an effective date: repeats dropped, largest first; absent, null or empty means none. */
const remindersSchema = z.optional(
  z.nullable(
    z.pipe(
      z
        .array(
          z
            .number({ error: notALeadTime })
            .check(
              z.refine(Number.isInteger, { error: notALeadTime }),
              z.gte(REMINDER_LIMITS.minDays, { error: notALeadTime }),
              z.lte(REMINDER_LIMITS.maxDays, { error: notALeadTime }),
            ),
          { error: 'must be an array of days, such as [30, 7, 1] (absent or empty means none)' },
        )
        .check(
          z.maxLength(REMINDER_LIMITS.maxCount, {
            error: `must have at most ${REMINDER_LIMITS.maxCount} items`,
          }),
        ),
      z.transform((days: number[]) => [...new Set(days)].sort((a, b) => b - a)),
    ),
  ),
);

const cadenceSchema = z.optional(
  z.nullable(
    z.enum(CADENCES, { error: (issue) => `must be one of ${CADENCES.join(', ')}, ${got(issue)}` }),
  ),
);

/** The fields of a subscription request, in the order issues about them are reported. */
export const SUBSCRIPTION_REQUEST_FIELDS = [
  'protocol',
  'endpoint',
  'states',
  'treaties',
  'statuses',
  'reminders',
  'cadence',
] as const;
const FIELDS = SUBSCRIPTION_REQUEST_FIELDS;
const LIST_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set(FIELDS.slice(2));

/** The preferences as stored: empty lists and the default cadence left out. */
function preferences(fields: {
  states?: readonly string[] | null | undefined;
  treaties?: readonly NonNullable<SubscriptionFilter['treaties']>[number][] | null | undefined;
  statuses?: readonly NonNullable<SubscriptionFilter['statuses']>[number][] | null | undefined;
  reminders?: readonly number[] | null | undefined;
  cadence?: (typeof CADENCES)[number] | null | undefined;
}): SubscriptionFilter {
  const { states, treaties, statuses, reminders, cadence } = fields;
  return {
    ...(states && states.length > 0 ? { states } : {}),
    ...(treaties && treaties.length > 0 ? { treaties } : {}),
    ...(statuses && statuses.length > 0 ? { statuses } : {}),
    ...(reminders && reminders.length > 0 ? { reminders } : {}),
    ...(cadence && cadence !== 'immediate' ? { cadence } : {}),
  };
}

/** The endpoint's format is checked only once the protocol and the endpoint string are sound. */
function endpointFormatCheckable(payload: z.core.ParsePayload): boolean {
  return payload.issues.every((issue) => {
    if (issue.code === 'unrecognized_keys') return true;
    const first = issue.path?.[0];
    return first !== undefined && first !== 'protocol' && first !== 'endpoint';
  });
}

/**
 * A subscription request `{protocol, endpoint, states?, treaties?, statuses?,
 * reminders?, cadence?}` as sent by a client: unknown fields are refused, the
 * endpoint is trimmed and checked against its protocol, state codes
 * upper-cased, treaty aliases resolved, repeats dropped, reminders sorted
 * largest first, and empty lists and the default cadence left out. An SMS
 * request for alerts as they happen (no digest cadence) that names no status
 * gets `SMS_DEFAULT_STATUSES`, the changes that alter legal effect; email and
 * https, and digests, default to every change.
 */
export const subscriptionRequestSchema = z.pipe(
  z
    .strictObject(
      {
        protocol: z.enum(PROTOCOLS, { error: `must be one of ${PROTOCOLS.join(', ')}` }),
        endpoint: z
          .string({
            error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string'),
          })
          .check(
            z.trim(),
            z.minLength(1, { error: 'is required' }),
            z.maxLength(MAX_ENDPOINT_LENGTH, {
              error: `must be at most ${MAX_ENDPOINT_LENGTH} characters`,
            }),
          ),
        states: filterList(stateCodeSchema, 'states'),
        treaties: filterList(treatySchema, 'treaties'),
        statuses: filterList(statusSchema, 'statuses'),
        reminders: remindersSchema,
        cadence: cadenceSchema,
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown field; accepted: ${FIELDS.join(', ')}`
            : 'must be an object with protocol and endpoint',
      },
    )
    .check(
      z.check(
        (payload) => {
          const { protocol, endpoint } = payload.value;
          const problem = ENDPOINT_SCHEMAS[protocol].safeParse(endpoint).error?.issues[0];
          if (problem === undefined) return;
          // Issues are reported in field order: the endpoint's goes before the filter lists'.
          const lists = payload.issues.findIndex((issue) => LIST_FIELDS.has(issue.path?.[0]));
          payload.issues.splice(lists === -1 ? payload.issues.length : lists, 0, {
            code: 'custom',
            path: ['endpoint'],
            message: problem.message,
            input: endpoint,
          });
        },
        { when: endpointFormatCheckable },
      ),
    ),
  z.transform(
    ({ protocol, endpoint, ...rest }): SubscriptionRequest => ({
      protocol,
      endpoint,
      ...preferences(rest),
      // Alerts change by change only: a digest is one SMS per period whatever it holds.
      ...(protocol === 'sms' &&
      !(rest.statuses && rest.statuses.length > 0) &&
      (rest.cadence ?? 'immediate') === 'immediate'
        ? { statuses: [...SMS_DEFAULT_STATUSES] }
        : {}),
    }),
  ),
);

const FILTER_FIELDS = ['states', 'treaties', 'statuses'] as const;
const PREFERENCE_FIELDS = [...FILTER_FIELDS, 'reminders', 'cadence'] as const;

/** Preferences of an existing subscription, as `PATCH` sends them. */
const subscriptionFilterSchema = z.pipe(
  z.strictObject(
    {
      states: filterList(stateCodeSchema, 'states'),
      treaties: filterList(treatySchema, 'treaties'),
      statuses: filterList(statusSchema, 'statuses'),
      reminders: remindersSchema,
      cadence: cadenceSchema,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field; accepted: ${PREFERENCE_FIELDS.join(', ')}`
          : 'must be an object with states, treaties, statuses, reminders and cadence',
    },
  ),
  z.transform((fields) => preferences(fields)),
);

/**
 * Refuses filter lists longer than `FILTER_LIST_MAX` before the schema walks
 * them: a hostile body with hundreds of thousands of items costs one length
 * check, not a validation of each item.
 */
function refuseOversizedLists(input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  const record = input as Record<string, unknown>;
  const issues: { field: string; message: string }[] = FILTER_FIELDS.flatMap((field) => {
    const value = Object.hasOwn(record, field) ? record[field] : undefined;
    return Array.isArray(value) && value.length > FILTER_LIST_MAX[field]
      ? [{ field, message: `must have at most ${FILTER_LIST_MAX[field]} items` }]
      : [];
  });
  const reminders = Object.hasOwn(record, 'reminders') ? record.reminders : undefined;
  if (Array.isArray(reminders) && reminders.length > REMINDER_LIMITS.maxCount) {
    issues.push({
      field: 'reminders',
      message: `must have at most ${REMINDER_LIMITS.maxCount} items`,
    });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/**
 * Validates and normalises a subscription request `{protocol, endpoint,
 * states?, treaties?, statuses?}`: emails, E.164 phone numbers, https URLs;
 * state codes upper-cased, treaty aliases resolved; for SMS, no statuses
 * means `SMS_DEFAULT_STATUSES`. Throws `InvalidInputError`
 * naming the bad fields (at most `MAX_REPORTED_ISSUES`), and unknown fields.
 */
export function parseSubscriptionRequest(input: unknown): SubscriptionRequest {
  refuseOversizedLists(input);
  return parseInput(subscriptionRequestSchema, input, '(subscription)', {
    maxIssues: MAX_REPORTED_ISSUES,
  });
}

/**
 * Validates and normalises new preferences `{states?, treaties?, statuses?,
 * reminders?, cadence?}` for an existing subscription, with the same rules
 * and bounds as a request. They replace the old ones whole.
 */
export function parseSubscriptionFilter(input: unknown): SubscriptionFilter {
  refuseOversizedLists(input);
  return parseInput(subscriptionFilterSchema, input, '(filter)', {
    maxIssues: MAX_REPORTED_ISSUES,
  });
}
