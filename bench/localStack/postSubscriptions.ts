import type { SubscriptionRequest } from '@treatywatch/core';

/** What sending the subscription requests measured. */
export interface PostedSubscriptions {
  /** Answers by HTTP status; `error` for a request that got no answer. */
  readonly statuses: Readonly<Record<string, number>>;
  /** From the first request sent to the last answer. */
  readonly wallMs: number;
  /** Each request's time to its answer, in the order sent. */
  readonly requestMs: readonly number[];
  /** When each answer came, from the first request sent, earliest first. */
  readonly answeredMs: readonly number[];
}

/**
 * Sends every request as `POST /subscriptions` to the stack at `url`, from
 * `clients` loopback clients at once (each sends its next request once the
 * previous one is answered), and counts the answers by status.
 */
export async function postSubscriptions(
  url: string,
  requests: readonly SubscriptionRequest[],
  clients: number,
): Promise<PostedSubscriptions> {
  const statuses: Record<string, number> = {};
  const requestMs: number[] = new Array(requests.length);
  const answeredMs: number[] = [];
  let next = 0;
  const first = performance.now();
  const client = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      const started = performance.now();
      let status: string;
      try {
        const response = await fetch(`${url}/subscriptions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(requests[index]),
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch {
        status = 'error';
      }
      const answered = performance.now();
      requestMs[index] = answered - started;
      answeredMs.push(answered - first);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { statuses, wallMs: performance.now() - first, requestMs, answeredMs };
}
