import { SIGNATURE_HEADER, signRequest } from '@treatywatch/core/signature';

/** What `POST /events` answered. */
export interface RecordedEvents {
  readonly status: number;
  readonly results: readonly { readonly id: string; readonly duplicate: boolean }[];
}

/**
 * Sends a signed `POST /events` (the webhook's HMAC header, signed now with
 * `secret`) and returns the answer; throws unless it is 2xx.
 */
export async function postEvents(
  url: string,
  secret: string,
  events: unknown,
): Promise<RecordedEvents> {
  const body = JSON.stringify(events);
  const response = await fetch(`${url}/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      [SIGNATURE_HEADER]: signRequest(body, secret),
    },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /events answered ${response.status}: ${text}`);
  const { results } = JSON.parse(text) as { results: RecordedEvents['results'] };
  return { status: response.status, results };
}
