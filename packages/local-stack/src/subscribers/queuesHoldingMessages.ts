import type { SubscriberQueue } from './LocalSubscriptionChannel.js';

/** One queue as fauxqs lists it (`GET /_fauxqs/queues`). */
interface ListedQueue {
  readonly name: string;
  readonly approximateMessageCount: number;
  readonly approximateInflightCount: number;
}

const LISTING_TIMEOUT_MS = 10_000;

/**
 * Of `queues`, those the SNS/SQS emulator says hold messages, asked in one
 * request (fauxqs's `GET /_fauxqs/queues`, which lists every queue with its
 * counts). A queue counts when it has visible messages or messages in flight:
 * fauxqs makes an in-flight message visible again only when its queue is
 * next read, so a failed delivery whose visibility timeout has passed is
 * still listed as in flight. Costs O(queues) in the emulator and here.
 *
 * @throws when the emulator does not answer 200 with a list of queues.
 */
export async function queuesHoldingMessages(
  emulatorEndpoint: string,
  queues: readonly SubscriberQueue[],
): Promise<SubscriberQueue[]> {
  const response = await fetch(`${emulatorEndpoint}/_fauxqs/queues`, {
    signal: AbortSignal.timeout(LISTING_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`listing the emulator's queues answered ${response.status}`);
  const listed = (await response.json()) as unknown;
  if (!Array.isArray(listed)) throw new Error("the emulator's queue listing is not an array");
  const byName = new Map(queues.map((queue) => [queueName(queue.queueUrl), queue]));
  const holding: SubscriberQueue[] = [];
  for (const entry of listed as ListedQueue[]) {
    if (!(entry.approximateMessageCount > 0 || entry.approximateInflightCount > 0)) continue;
    const queue = byName.get(entry.name);
    if (queue !== undefined) holding.push(queue);
  }
  return holding;
}

/** The name of a queue: the last segment of its URL. */
function queueName(queueUrl: string): string {
  return queueUrl.slice(queueUrl.lastIndexOf('/') + 1);
}
