import { findTreaty, STATUSES, type Treaty } from '@treatywatch/rules';
import * as z from 'zod/mini';
import { parseInput } from './parseInput.js';
import { PROTOCOLS, type Protocol, type SubscriptionRequest } from './ports.js';
import { stateCodeSchema } from './stateCodeSchema.js';

// Pragmatic address check: one @, no spaces, a dot in the domain; the channel's confirmation proves the rest.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_ENDPOINT_LENGTH = 2_048;

const got = (issue: { input: unknown }): string => `got ${JSON.stringify(issue.input)}`;

/** The endpoint each protocol delivers to; run on the trimmed endpoint once the protocol is known. */
const ENDPOINT_SCHEMAS = {
  email: z.email({
    pattern: EMAIL,
    error: (issue) => `must be an email address, ${got(issue)}`,
  }),
  sms: z.string().check(
    z.regex(E164, {
      error: (issue) => `must be a phone number in E.164 form such as +447911123456, ${got(issue)}`,
    }),
  ),
  https: z
    .url({ protocol: /^https$/, error: (issue) => `must be an https URL, ${got(issue)}` })
    .check(
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

/** A filter list: absent, null or empty means all; repeats are dropped. */
function filterList<T extends string>(item: z.ZodMiniType<T, unknown>) {
  return z.optional(
    z.nullable(
      z.pipe(
        z.array(item, { error: 'must be an array (absent or empty means all)' }),
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

const FIELDS = ['protocol', 'endpoint', 'states', 'treaties', 'statuses'] as const;
const LIST_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set(FIELDS.slice(2));

/** The endpoint's format is checked only once the protocol and the endpoint string are sound. */
function endpointFormatCheckable(payload: z.core.ParsePayload): boolean {
  return payload.issues.every((issue) => {
    if (issue.code === 'unrecognized_keys') return true;
    const first = issue.path?.[0];
    return first !== undefined && first !== 'protocol' && first !== 'endpoint';
  });
}

/**
 * A subscription request `{protocol, endpoint, states?, treaties?, statuses?}`
 * as sent by a client: unknown fields are refused, the endpoint is trimmed and
 * checked against its protocol, state codes upper-cased, treaty aliases
 * resolved, repeats dropped and empty filter lists left out.
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
        states: filterList(stateCodeSchema),
        treaties: filterList(treatySchema),
        statuses: filterList(statusSchema),
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
    ({ protocol, endpoint, states, treaties, statuses }): SubscriptionRequest => ({
      protocol,
      endpoint,
      ...(states && states.length > 0 ? { states } : {}),
      ...(treaties && treaties.length > 0 ? { treaties } : {}),
      ...(statuses && statuses.length > 0 ? { statuses } : {}),
    }),
  ),
);

/**
 * Validates and normalises a subscription request `{protocol, endpoint,
 * states?, treaties?, statuses?}`: emails, E.164 phone numbers, https URLs;
 * state codes upper-cased, treaty aliases resolved. Throws `InvalidInputError`
 * naming every bad field, and each unknown field.
 */
export function parseSubscriptionRequest(input: unknown): SubscriptionRequest {
  return parseInput(subscriptionRequestSchema, input, '(subscription)');
}
