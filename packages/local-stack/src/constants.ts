/** Defaults and names of the local stack. */
export const LOCAL_STACK = {
  /** Port of the local HTTP API. */
  defaultPort: 8787,
  host: '127.0.0.1',
  tableName: 'treatywatch',
  /** Shard 0's alert topic; shard n's is `localTopicName(n)`. */
  topicName: 'treatywatch-alerts',
} as const;

/** The name of alert-topic shard `shard`: shard 0 keeps the single topic's name. */
export function localTopicName(shard: number): string {
  return shard === 0 ? LOCAL_STACK.topicName : `${LOCAL_STACK.topicName}-${shard}`;
}

/** Where things live under a data directory (`dataDir`, `treatywatch dev --data-dir`). */
export const DATA_DIR_LAYOUT = {
  dynamodb: 'dynamodb',
  outbox: 'outbox',
  state: 'state',
  subscribers: 'state/subscribers.json',
  deliveries: 'state/deliveries.jsonl',
  seeded: 'state/seeded.json',
  /** The subscription key (HMAC of endpoints and one-time codes), generated on first start. */
  subscriptionKey: 'state/subscription-key.json',
  /** The running stack's endpoints, table and topic (`StackDescription`); removed on a clean stop. */
  stackFile: 'stack.json',
  checkpoints: (poller: string) => `state/checkpoints-${poller}.json`,
} as const;

/**
 * Where the outbox and the stack file go when no data directory is given,
 * relative to the working directory: `.treatywatch/outbox` and
 * `.treatywatch/stack.json`.
 */
export const DEFAULT_LAYOUT = {
  outbox: '.treatywatch/outbox',
  stackFile: '.treatywatch/stack.json',
} as const;
