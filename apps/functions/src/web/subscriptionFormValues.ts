import type { SubscriptionFormValues } from './SubscriptionForm.js';

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/**
 * The subscription form's values from a request body: a form post
 * (`application/x-www-form-urlencoded`, each ticked checkbox a repeated key)
 * or, for a script that asks for HTML, a JSON object. Unreadable JSON gives an
 * empty form, which the use case then rejects field by field.
 *
 * @example
 * subscriptionFormValues('protocol=email&endpoint=a%40b.org&states=UA&states=LT', 'application/x-www-form-urlencoded')
 * // { protocol: 'email', endpoint: 'a@b.org', states: ['UA', 'LT'], treaties: [], statuses: [], reminders: '', cadence: '' }
 */
export function subscriptionFormValues(
  body: string,
  contentType: string | undefined,
): SubscriptionFormValues {
  if (contentType?.toLowerCase().includes('json')) {
    let raw: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed === 'object' && parsed !== null) raw = parsed as Record<string, unknown>;
    } catch {
      // An unreadable body is an empty form: the use case names each missing field.
    }
    return {
      protocol: typeof raw.protocol === 'string' ? raw.protocol : '',
      endpoint: typeof raw.endpoint === 'string' ? raw.endpoint : '',
      states: list(raw.states),
      treaties: list(raw.treaties),
      statuses: list(raw.statuses),
      reminders: Array.isArray(raw.reminders)
        ? raw.reminders.map(String).join(', ')
        : typeof raw.reminders === 'string'
          ? raw.reminders
          : '',
      cadence: typeof raw.cadence === 'string' ? raw.cadence : '',
    };
  }
  const form = new URLSearchParams(body);
  const values = (key: string): string[] => form.getAll(key).filter((v) => v !== '');
  return {
    protocol: form.get('protocol') ?? '',
    endpoint: form.get('endpoint') ?? '',
    states: values('states'),
    treaties: values('treaties'),
    statuses: values('statuses'),
    reminders: (form.get('reminders') ?? '').trim(),
    cadence: form.get('cadence') ?? '',
  };
}
