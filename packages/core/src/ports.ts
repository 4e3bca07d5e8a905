import type {
  Assessment,
  ChangeMessages,
  IsoDate,
  Status,
  StatusChange,
  TreatyEvent,
  TreatyId,
} from '@treatywatch/rules';

/** What appending events did: ids stored now, and ids that were already there. */
export interface AppendResult {
  readonly recorded: readonly string[];
  readonly duplicates: readonly string[];
}

/** Append-only store of events. Nothing recorded is ever deleted. */
export interface EventStore {
  /** Stores each event once; an id already stored is reported as a duplicate. */
  append(events: readonly TreatyEvent[]): Promise<AppendResult>;
  /** One state's events, in date order. */
  listByState(state: string): Promise<TreatyEvent[]>;
  /** Every state that has at least one event. */
  listStates(): Promise<string[]>;
  /** The state of each stored event among `ids`; ids not stored are absent from the map. */
  statesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/** An assessment as stored, with its optimistic-concurrency version. */
export interface StoredAssessment extends Assessment {
  /** 1 for the first write, +1 on every write. */
  readonly version: number;
  /** When it was last written, ISO 8601 instant. */
  readonly evaluatedAt: string;
}

/** One item per (state, treaty); writes are conditional on the version read. */
export interface AssessmentStore {
  get(state: string, treaty: TreatyId): Promise<StoredAssessment | null>;
  listByState(state: string): Promise<StoredAssessment[]>;
  listAll(): Promise<StoredAssessment[]>;
  /**
   * Writes `assessment` as version `expectedVersion + 1`; `expectedVersion` 0 means "must not exist".
   * Throws `VersionConflictError` when another writer got there first.
   */
  put(
    assessment: Assessment,
    expectedVersion: number,
    evaluatedAt: string,
  ): Promise<StoredAssessment>;
  /** Assessments whose `nextReviewOn` ≤ `date`, page by page, through the due index (never a scan). */
  listDue(date: IsoDate): AsyncIterable<StoredAssessment>;
}

/** Publishes one alert. */
export interface Notifier {
  publish(change: StatusChange, messages: ChangeMessages): Promise<{ readonly messageId: string }>;
}

/** An alert that went out. */
export interface LedgerEntry {
  readonly changeId: string;
  readonly messageId: string;
  readonly publishedAt: string;
  readonly change: StatusChange;
}

/** Record of every alert published, so a change is never published twice. */
export interface NotificationLedger {
  /**
   * Claims the change for publication; false when it was claimed or published already.
   * A claim that was never completed may be claimed again after `leaseSeconds`.
   */
  claim(changeId: string, now: string, leaseSeconds: number): Promise<boolean>;
  /** Marks a claimed change as published. */
  complete(entry: LedgerEntry): Promise<void>;
  /** Gives a claim back after a failed publication, so a retry can publish. */
  release(changeId: string): Promise<void>;
  get(changeId: string): Promise<LedgerEntry | null>;
  list(limit?: number): Promise<LedgerEntry[]>;
}

export const PROTOCOLS = ['email', 'sms', 'https'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Which alerts a subscriber wants; an absent or empty list means all. */
export interface SubscriptionFilter {
  readonly states?: readonly string[];
  readonly treaties?: readonly TreatyId[];
  readonly statuses?: readonly Status[];
}

export interface SubscriptionRequest extends SubscriptionFilter {
  readonly protocol: Protocol;
  readonly endpoint: string;
}

/** A subscription as recorded: endpoint masked, manage token only as a hash. */
export interface SubscriptionRecord {
  readonly id: string;
  readonly protocol: Protocol;
  readonly endpointMasked: string;
  readonly filter: SubscriptionFilter;
  readonly status: 'pending-confirmation' | 'active';
  readonly tokenHash: string;
  readonly createdAt: string;
  /** The channel's own reference (the SNS subscription ARN). */
  readonly channelRef: string;
}

/** The delivery channel: SNS subscriptions with filter policies. */
export interface SubscriptionChannel {
  subscribe(
    request: SubscriptionRequest,
  ): Promise<{ readonly channelRef: string; readonly status: SubscriptionRecord['status'] }>;
  unsubscribe(channelRef: string): Promise<void>;
}

export interface SubscriptionStore {
  put(record: SubscriptionRecord): Promise<void>;
  get(id: string): Promise<SubscriptionRecord | null>;
  /** Marks it removed (kept for the record); the id no longer resolves. */
  remove(id: string, at: string): Promise<void>;
}

/** Today and now, so tests can move time. */
export interface Clock {
  /** Today's civil date in UTC. */
  today(): IsoDate;
  /** Now, ISO 8601 instant. */
  now(): string;
}

/** Every port a use case may need; each use case takes the subset it uses. */
export interface Ports {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly notifier: Notifier;
  readonly ledger: NotificationLedger;
  readonly subscriptions: SubscriptionStore;
  readonly channel: SubscriptionChannel;
  readonly clock: Clock;
}
