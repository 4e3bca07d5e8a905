/** Defaults and names of the local stack (`treatywatch dev`). */
export const LOCAL_STACK = {
  /** Port of the local HTTP API. */
  defaultPort: 8787,
  host: '127.0.0.1',
  tableName: 'treatywatch',
  topicName: 'treatywatch-alerts',
  /** Records per stream read, as the deployed event source mappings' BatchSize. */
  batchSize: 100,
  /** Events per request when seeding or importing (the webhook's limit). */
  eventsPerRequest: 100,
} as const;

/** Where things live under a data directory (`--data-dir`). */
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

/** The outbox when no data directory is given: the working directory's `.treatywatch/outbox`. */
export const DEFAULT_OUTBOX = '.treatywatch/outbox';

/** The stack file when no data directory is given: the working directory's `.treatywatch/stack.json`. */
export const DEFAULT_STACK_FILE = '.treatywatch/stack.json';
