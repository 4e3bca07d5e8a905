import type {
  Assessment,
  ChangeMessages,
  Digest,
  IsoDate,
  Reminder,
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
  /**
   * Assessments due on or before `date` (their `dueOn`: the next status
   * review or, for a pending withdrawal, the start of its reminder window),
   * page by page, through the due index (never a scan).
   */
  listDue(date: IsoDate): AsyncIterable<StoredAssessment>;
}

/**
 * Publishes alerts to the alert topics. There are `shardCount` of them
 * (numbered from 0), because SNS caps the filter policies one topic may hold;
 * each subscription lives on one shard, so every alert goes to every shard.
 */
export interface Notifier {
  /** How many alert topics (shards) there are, at least 1. */
  readonly shardCount: number;
  /** Publishes one alert on one shard. */
  publish(
    shard: number,
    change: StatusChange,
    messages: ChangeMessages,
  ): Promise<{ readonly messageId: string }>;
  /**
   * Publishes one countdown reminder on one shard, marked as a reminder with
   * its lead days, state and treaty (subscribers' policies pick their lead days).
   */
  publishReminder(
    shard: number,
    reminder: Reminder,
    messages: ChangeMessages,
  ): Promise<{ readonly messageId: string }>;
  /**
   * Publishes one digest on one shard, marked as a digest of its cadence, with
   * the states, treaties and statuses of its changes (any of which a policy matches).
   */
  publishDigest(
    shard: number,
    digest: Digest,
    messages: ChangeMessages,
  ): Promise<{ readonly messageId: string }>;
  /**
   * Publishes one test alert on one shard, marked as a test and addressed to
   * subscription `subscriptionId`, which only that subscription's policy matches.
   */
  publishTestAlert(
    shard: number,
    subscriptionId: string,
    messages: ChangeMessages,
  ): Promise<{ readonly messageId: string }>;
}

/** An alert that went out on every shard. */
export interface LedgerEntry {
  readonly changeId: string;
  /** The message id of each shard's publication, by shard number. */
  readonly messageIds: readonly string[];
  /** When the last shard was published, ISO 8601 instant. */
  readonly publishedAt: string;
  readonly change: StatusChange;
}

/**
 * Record of every alert published, per (change, shard), so that a change is
 * published once on each shard: a retry after a partial failure publishes
 * only the shards still missing, and never one twice.
 */
export interface NotificationLedger {
  /**
   * Claims (change, shard) for publication; false when that shard was claimed
   * or published already. A claim never completed may be claimed again after
   * `leaseSeconds`.
   */
  claim(changeId: string, shard: number, now: string, leaseSeconds: number): Promise<boolean>;
  /** Marks a claimed (change, shard) as published. */
  complete(changeId: string, shard: number, messageId: string, at: string): Promise<void>;
  /** Gives a claim back after a failed publication, so a retry can publish that shard. */
  release(changeId: string, shard: number): Promise<void>;
  /** The shards a change was published on, with their message ids. */
  publishedShards(changeId: string): Promise<ReadonlyMap<number, string>>;
  /**
   * Records a change as published on every shard, once: false when it was
   * recorded already (two publishers finishing the last shards together).
   */
  completeChange(entry: LedgerEntry): Promise<boolean>;
  /** A change published on every shard; null while any shard is missing. */
  get(changeId: string): Promise<LedgerEntry | null>;
  /** The latest changes published on every shard, newest first. */
  list(limit?: number): Promise<LedgerEntry[]>;
  /**
   * Every change recorded as published from `from` (included) to `to`
   * (excluded), two ISO 8601 instants, oldest first: a digest's period.
   */
  listBetween(from: string, to: string): Promise<LedgerEntry[]>;
}

export const PROTOCOLS = ['email', 'sms', 'https'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** How often a subscriber hears of changes: each as it happens, or one digest a day or a week. */
export const CADENCES = ['immediate', 'daily', 'weekly'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * What a subscriber wants (the preferences): which changes (an absent or
 * empty list means all), countdown reminders before effective dates, and how
 * often.
 */
export interface SubscriptionFilter {
  readonly states?: readonly string[];
  readonly treaties?: readonly TreatyId[];
  readonly statuses?: readonly Status[];
  /** Days before each effective date it follows to be reminded: 1–365, at most 5, largest first; absent: none. */
  readonly reminders?: readonly number[];
  /** Absent means `immediate`. */
  readonly cadence?: Exclude<Cadence, 'immediate'>;
}

export interface SubscriptionRequest extends SubscriptionFilter {
  readonly protocol: Protocol;
  readonly endpoint: string;
}

/** Where a subscription stands. */
export type SubscriptionStatus =
  | 'pending-verification'
  | 'pending-confirmation'
  | 'active'
  | 'void';

/** A one-time code sent by SMS, as stored: only its keyed hash. */
export interface PendingVerification {
  readonly codeHash: string;
  /** When the code stops working, ISO 8601 instant. */
  readonly expiresAt: string;
  /** Wrong codes tried so far. */
  readonly attempts: number;
}

/**
 * A subscription as recorded: endpoint masked, manage token and one-time code
 * only as hashes. The full endpoint is kept only while an SMS subscription
 * waits for its code (it is needed to subscribe the number once verified).
 */
export interface SubscriptionRecord {
  readonly id: string;
  readonly protocol: Protocol;
  /** Keyed hash of the normalised endpoint: at most one live record holds it. */
  readonly endpointKey?: string;
  readonly endpointMasked: string;
  readonly filter: SubscriptionFilter;
  readonly status: SubscriptionStatus;
  /** Absent until the requester has proved the endpoint (SMS) or been answered (email, https). */
  readonly tokenHash?: string;
  readonly createdAt: string;
  /** The channel's own reference (the SNS subscription ARN); absent until subscribed. */
  readonly channelRef?: string;
  /** The full endpoint, only while an SMS subscription waits for its code. */
  readonly endpoint?: string;
  /** The alert topic (shard) it is subscribed on; absent until subscribed. */
  readonly shard?: number;
  /**
   * Whether it holds one of its shard's filter-policy slots. Every
   * subscription made now does (its policy names at least the kinds of
   * message it takes); one made before preferences existed may not.
   */
  readonly filterSlot?: boolean;
  readonly verification?: PendingVerification;
  /** When the store may drop the record (a pending one), ISO 8601 instant. */
  readonly expiresAt?: string;
}

/**
 * What subscribing did on the channel: `active` when the channel needs no
 * confirmation, and `already-subscribed` when an endpoint that must confirm
 * was subscribed and confirmed before (SNS then answers the existing
 * subscription's reference: not the caller's to use).
 */
export type ChannelStatus = 'pending-confirmation' | 'active' | 'already-subscribed';

/** What the channel reports of one shard's subscriptions (SNS's `GetTopicAttributes`). */
export interface ShardSubscriptions {
  readonly confirmed: number;
  readonly pending: number;
  readonly deleted: number;
}

/** The subscription a test alert is addressed to, as the channel knows it. */
export interface TestAlertTarget {
  /** The subscription's id: the test message carries it, and only that subscription's policy matches it. */
  readonly subscriptionId: string;
  readonly channelRef: string;
  /** The alert topic (shard) it is subscribed on. */
  readonly shard: number;
  readonly protocol: Protocol;
}

/**
 * A test alert asked for and recorded, for a function that may publish on the
 * alert topics to send (`publishTestAlert`).
 */
export interface TestAlertRequest extends TestAlertTarget {
  /** When it was asked for, ISO 8601 instant: it picks the hour it counts in. */
  readonly requestedAt: string;
}

/**
 * The delivery channel: SNS subscriptions with filter policies, on the alert
 * topic of a shard. `subscribe` and `setFilter` throw `ShardFullError` when the
 * shard's topic holds as many filter policies as SNS allows. The policy of
 * subscription `subscriptionId` also matches the messages addressed to it
 * alone (a test alert).
 */
export interface SubscriptionChannel {
  /** Subscribes the endpoint on `shard`'s topic with the filter policy of its preferences. */
  subscribe(
    request: SubscriptionRequest,
    shard: number,
    subscriptionId: string,
  ): Promise<{ readonly channelRef: string; readonly status: ChannelStatus }>;
  /** Replaces the preferences of a subscription this system created. */
  setFilter(channelRef: string, filter: SubscriptionFilter, subscriptionId: string): Promise<void>;
  unsubscribe(channelRef: string): Promise<void>;
  /**
   * Sends one test message to `target` alone: published on its shard's topic
   * marked as a test and addressed to its subscription id, which only that
   * subscription's filter policy matches.
   */
  sendTestAlert(target: TestAlertTarget, messages: ChangeMessages): Promise<void>;
  /** How many subscriptions `shard`'s topic has, by confirmation status. */
  shardSubscriptions(shard: number): Promise<ShardSubscriptions>;
}

/** One shard as the capacity ledger counts it. */
export interface ShardUsage {
  readonly shard: number;
  /** Filter-policy slots taken. */
  readonly filterPolicies: number;
  /** Subscriptions placed on the shard, with a filter policy or not, by protocol. */
  readonly subscriptions: Readonly<Record<Protocol, number>>;
  /** SNS refused a policy there although the count had room (the count drifted). */
  readonly full: boolean;
}

/**
 * Where subscriptions may go: per-shard counts of filter policies (which SNS
 * caps per topic) and of subscriptions. Every change is conditional, so two
 * concurrent subscriptions never overfill a shard.
 */
export interface SubscriptionCapacity {
  /** How many alert topics (shards) there are. */
  readonly shardCount: number;
  /** Filter policies one topic may hold (SNS's quota, 200 by default). */
  readonly filterPoliciesPerTopic: number;
  /** Takes one filter-policy slot on `shard`: false when it is at the quota or marked full. */
  takeSlot(shard: number): Promise<boolean>;
  /** Gives a slot back; the shard is no longer marked full. */
  giveSlot(shard: number): Promise<void>;
  /** SNS said the shard's topic is full: no slot is taken there until one is given back. */
  markFull(shard: number): Promise<void>;
  /** Counts a subscription placed on (+1) or removed from (-1) `shard`. */
  countSubscription(shard: number, protocol: Protocol, delta: 1 | -1): Promise<void>;
  /** Every shard's counts, shard 0 first. */
  usage(): Promise<ShardUsage[]>;
}

/** What a verified SMS subscription becomes. */
export interface Activation {
  readonly channelRef: string;
  readonly tokenHash: string;
  readonly shard: number;
  readonly filterSlot: boolean;
}

/**
 * Subscription records and the claims that keep one record per endpoint.
 * Every transition is conditional, so concurrent requests cannot both win.
 */
export interface SubscriptionStore {
  /**
   * Claims `endpointKey` for subscription `id`: true when no live claim held
   * it (none, or one that expired before `now`). `until` makes the claim lapse
   * (a pending request); without it the claim holds until released.
   */
  claimEndpoint(endpointKey: string, id: string, now: string, until?: string): Promise<boolean>;
  /** Makes subscription `id`'s claim permanent (it became active). */
  holdEndpoint(endpointKey: string, id: string): Promise<void>;
  /** Gives up subscription `id`'s claim at `at`; a claim held by another id is left alone. */
  releaseEndpoint(endpointKey: string, id: string, at: string): Promise<void>;
  put(record: SubscriptionRecord): Promise<void>;
  get(id: string): Promise<SubscriptionRecord | null>;
  /**
   * Counts one wrong code against a pending verification and returns the
   * count; the record turns `void` when it reaches `maxAttempts`.
   */
  recordWrongCode(id: string, maxAttempts: number): Promise<number>;
  /**
   * Turns a pending verification whose code hash is `codeHash` active, once:
   * false when it is no longer pending with that code (used, voided, raced).
   */
  activate(id: string, codeHash: string, activation: Activation): Promise<boolean>;
  /** Replaces the filter of a record, and whether it now holds a filter-policy slot. */
  setFilter(id: string, filter: SubscriptionFilter, filterSlot: boolean): Promise<void>;
  /** Marks it removed (kept for the record); the id no longer resolves. */
  remove(id: string, at: string): Promise<void>;
}

/** Why an SMS goes out directly (not through the alerts topic). */
export type DirectSmsPurpose = 'verification' | 'confirmation';

/** Sends one SMS straight to a phone number: one-time codes and subscription confirmations. */
export interface DirectSmsSender {
  send(message: {
    readonly to: string;
    readonly text: string;
    readonly purpose: DirectSmsPurpose;
  }): Promise<void>;
}

/** What counting one use against a limit found. */
export interface RateDecision {
  readonly allowed: boolean;
  /** Uses counted in the current window, this one included when allowed. */
  readonly used: number;
  /** Seconds until the window ends. */
  readonly retryAfterSeconds: number;
}

/** Fixed-window counters: at most `limit` uses of a key per window of `windowSeconds`. */
export interface RateLimiter {
  take(key: string, limit: number, windowSeconds: number, now: string): Promise<RateDecision>;
}

/** A count per fixed window; `Infinity` lifts the limit (local load tests only). */
export interface WindowLimit {
  readonly requests: number;
  readonly windowSeconds: number;
}

/** The abuse limits on subscription requests. */
export interface SubscriptionLimits {
  /** Subscription requests per source IP. */
  readonly perSourceIp: WindowLimit;
  /** Subscription requests per endpoint (each SMS one sends a code). */
  readonly perEndpoint: WindowLimit;
  /** Verification SMS per UTC day, across all callers. */
  readonly verificationSmsPerDay: number;
  /** E.164 prefixes SMS may go to, e.g. `+44`; empty means every country. */
  readonly smsCountries: readonly string[];
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
  readonly capacity: SubscriptionCapacity;
  readonly clock: Clock;
}

/** What the daily sweep works with: the stores, the alert topics and their ledger, the clock. */
export type SweepPorts = Pick<Ports, 'events' | 'assessments' | 'notifier' | 'ledger' | 'clock'>;
