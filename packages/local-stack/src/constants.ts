/** Defaults and names of the local stack. */
export const LOCAL_STACK = {
  /** Port of the local HTTP API. */
  defaultPort: 8787,
  host: '127.0.0.1',
  tableName: 'treatywatch',
  topicName: 'treatywatch-alerts',
} as const;

/** Where things live under a data directory (`dataDir`, `treatywatch dev --data-dir`). */
export const DATA_DIR_LAYOUT = {
  dynamodb: 'dynamodb',
  outbox: 'outbox',
  state: 'state',
  subscribers: 'state/subscribers.json',
  deliveries: 'state/deliveries.jsonl',
  seeded: 'state/seeded.json',
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
