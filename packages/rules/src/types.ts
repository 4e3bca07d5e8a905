import type { EventType, Status } from './constants.js';

/** A civil calendar date, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string;

/** Canonical treaty ids of the catalog. */
export type TreatyId =
  | 'apmbc'
  | 'ccm'
  | 'tpnw'
  | 'ccw'
  | 'rome-statute'
  | 'npt'
  | 'cwc'
  | 'bwc'
  | 'att'
  | 'paris-agreement'
  | 'ctbt';

/** A notice period in calendar units. */
export interface NoticePeriod {
  readonly amount: number;
  readonly unit: 'days' | 'months' | 'years';
}

/** When, if ever, an armed conflict defers a withdrawal. */
export type ArmedConflictClause = 'none' | 'at-expiry' | 'at-notification';

/** A treaty's withdrawal clause, as data. */
export interface Treaty {
  readonly id: TreatyId;
  readonly aliases: readonly string[];
  readonly name: string;
  readonly shortName: string;
  readonly depositary: string;
  readonly noticePeriod: NoticePeriod;
  readonly laterDateAllowed: boolean;
  readonly armedConflictClause: ArmedConflictClause;
  readonly hasSuspensionClause: boolean;
  /** e.g. "Article 20(3)". */
  readonly article: string;
  /** The clause's text as found in public sources, with what is unverified said so. */
  readonly clauseText: string;
  /** Where the clause text was read. */
  readonly clauseSources: readonly string[];
}

/** A validated event: a dated fact about one state (DESIGN.md, "Events"). */
export interface TreatyEvent {
  /** The client's idempotency key, or one derived from the content. */
  readonly id: string;
  readonly state: string;
  readonly type: EventType;
  /** Canonical treaty id; `null` on armed-conflict-* and event-retracted. */
  readonly treaty: TreatyId | null;
  readonly date: IsoDate;
  readonly effectiveDate?: IsoDate;
  readonly retracts?: string;
  readonly objector?: string;
  readonly source: string;
  readonly note?: string;
  readonly confidence?: 'unverified';
}

/** What `assess` answers for one state and one treaty on one day. */
export interface Assessment {
  readonly state: string;
  readonly treaty: TreatyId;
  readonly status: Status;
  /** The day the current status began, `null` when the state has always been a party as far as the facts go. */
  readonly since: IsoDate | null;
  /** The day the withdrawal takes or took effect, when known. */
  readonly effectiveOn: IsoDate | null;
  /** The day the status would change with no new fact, else `null`. */
  readonly nextReviewOn: IsoDate | null;
  readonly explanation: readonly string[];
  /** Sources of the events the assessment rests on, in date order, without repeats. */
  readonly sources: readonly string[];
}

/** A change of status, what subscribers are told about. */
export interface StatusChange {
  /** Deterministic: the same change always has the same id (`UA#apmbc#party>withdrawn@2026-01-01`). */
  readonly id: string;
  readonly state: string;
  readonly treaty: TreatyId;
  readonly previousStatus: Status | null;
  readonly status: Status;
  readonly since: IsoDate | null;
  readonly effectiveOn: IsoDate | null;
  readonly explanation: readonly string[];
  readonly sources: readonly string[];
}

/** The texts of one alert, per delivery protocol. */
export interface ChangeMessages {
  /** At most 100 characters. */
  readonly subject: string;
  /** Plain-text email body. */
  readonly email: string;
  /** At most 160 GSM-7 characters. */
  readonly sms: string;
  /** For protocols with no text of their own (https, SQS): JSON of the change. */
  readonly default: string;
}

/** One problem with one input event. */
export interface EventIssue {
  /** Position of the event in the input array. */
  readonly index: number;
  /** The event's `id` when it had one. */
  readonly id?: string;
  /** Field path, e.g. `date`, `treaty`, `source`. `(event)` for the whole event. */
  readonly field: string;
  readonly message: string;
}

/** Validation outcome: a value, never a throw. */
export type ValidationResult =
  | { readonly ok: true; readonly events: readonly TreatyEvent[] }
  | { readonly ok: false; readonly issues: readonly EventIssue[] };
