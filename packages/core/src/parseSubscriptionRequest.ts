import { findTreaty, isStateCode, STATUSES, type Status, type TreatyId } from '@treatywatch/rules';
import { type InputIssue, InvalidInputError } from './errors.js';
import { PROTOCOLS, type Protocol, type SubscriptionRequest } from './ports.js';

// Pragmatic address check: one @, no spaces, a dot in the domain; the channel's confirmation proves the rest.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_ENDPOINT_LENGTH = 2_048;

/**
 * Validates and normalises a subscription request `{protocol, endpoint,
 * states?, treaties?, statuses?}`: emails, E.164 phone numbers, https URLs;
 * state codes upper-cased, treaty aliases resolved. Throws `InvalidInputError`
 * naming every bad field.
 */
export function parseSubscriptionRequest(input: unknown): SubscriptionRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([
      { field: '(subscription)', message: 'must be an object with protocol and endpoint' },
    ]);
  }
  const raw = input as Record<string, unknown>;
  const issues: InputIssue[] = [];

  const protocol = raw.protocol;
  const isProtocol =
    typeof protocol === 'string' && (PROTOCOLS as readonly string[]).includes(protocol);
  if (!isProtocol)
    issues.push({ field: 'protocol', message: `must be one of ${PROTOCOLS.join(', ')}` });
  const endpoint = typeof raw.endpoint === 'string' ? raw.endpoint.trim() : '';
  if (isProtocol) {
    const problem = endpointProblem(protocol as Protocol, endpoint);
    if (problem !== null) issues.push({ field: 'endpoint', message: problem });
  }

  const states = listOf(
    raw.states,
    'states',
    issues,
    (value) => {
      const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
      return isStateCode(code) ? code : null;
    },
    'an ISO 3166-1 alpha-2 state code such as "UA"',
  );
  const treaties = listOf(
    raw.treaties,
    'treaties',
    issues,
    (value) => (typeof value === 'string' ? (findTreaty(value)?.id ?? null) : null),
    'a treaty id of the catalog, such as "apmbc"',
  );
  const statuses = listOf(
    raw.statuses,
    'statuses',
    issues,
    (value) =>
      typeof value === 'string' && (STATUSES as readonly string[]).includes(value)
        ? (value as Status)
        : null,
    `one of ${STATUSES.join(', ')}`,
  );

  if (issues.length > 0) throw new InvalidInputError(issues);
  return {
    protocol: protocol as Protocol,
    endpoint,
    ...(states.length > 0 ? { states } : {}),
    ...(treaties.length > 0 ? { treaties: treaties as TreatyId[] } : {}),
    ...(statuses.length > 0 ? { statuses } : {}),
  };
}

function endpointProblem(protocol: Protocol, endpoint: string): string | null {
  if (endpoint === '') return 'is required';
  if (endpoint.length > MAX_ENDPOINT_LENGTH)
    return `must be at most ${MAX_ENDPOINT_LENGTH} characters`;
  switch (protocol) {
    case 'email':
      return EMAIL.test(endpoint)
        ? null
        : `must be an email address, got ${JSON.stringify(endpoint)}`;
    case 'sms':
      return E164.test(endpoint)
        ? null
        : `must be a phone number in E.164 form such as +447911123456, got ${JSON.stringify(endpoint)}`;
    case 'https': {
      let url: URL;
      try {
        url = new URL(endpoint);
      } catch {
        return `must be an https URL, got ${JSON.stringify(endpoint)}`;
      }
      if (url.protocol !== 'https:') return `must be an https URL, got ${JSON.stringify(endpoint)}`;
      if (url.username !== '' || url.password !== '') return 'must not carry credentials';
      return null;
    }
  }
}

function listOf<T>(
  value: unknown,
  field: string,
  issues: InputIssue[],
  parse: (item: unknown) => T | null,
  expected: string,
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push({ field, message: 'must be an array (absent or empty means all)' });
    return [];
  }
  const parsed: T[] = [];
  value.forEach((item, i) => {
    const result = parse(item);
    if (result === null) {
      issues.push({
        field: `${field}[${i}]`,
        message: `must be ${expected}, got ${JSON.stringify(item)}`,
      });
    } else if (!parsed.includes(result)) {
      parsed.push(result);
    }
  });
  return parsed;
}
