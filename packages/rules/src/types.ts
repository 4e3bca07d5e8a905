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

/**
 * What the clause says of a later date named in the instrument: `allowed`
 * where the text provides for one, `not-provided` where the verified text
 * fixes the day and names none, `unverified` where the text found is silent
 * or not verbatim.
 */
export type LaterDateProvision = 'allowed' | 'not-provided' | 'unverified';

/** A passage of a treaty's text, quoted verbatim from where it was read. */
export interface ClauseQuote {
  /** e.g. "Article 20(3)". */
  readonly article: string;
  /** The words as found, in the language of the source. */
  readonly text: string;
  /** Language of `text`: `en`, `fr` or `de`. */
  readonly language: 'en' | 'fr' | 'de';
  /** Where it was read. */
  readonly source: string;
}

/** A dated fact about a treaty as a whole, with where it was read. */
export interface SourcedDate {
  readonly date: IsoDate;
  readonly source: string;
}

/**
 * A bar on notice: a state may give notice only once it has been a party
 * for `period` (Paris Agreement Article 28(1)).
 */
export interface NoticeBar {
  readonly period: NoticePeriod;
  /** e.g. "Article 28(1)". */
  readonly article: string;
}

/** A treaty's withdrawal clause, as data (docs/rules.md, "The treaty catalog"). */
export interface Treaty {
  readonly id: TreatyId;
  readonly aliases: readonly string[];
  readonly name: string;
  readonly shortName: string;
  readonly depositary: string;
  /** Who receives the notice of withdrawal, in the clause's words: "the depositary", "all other Parties to the Treaty and the United Nations Security Council". */
  readonly noticeTo: string;
  readonly noticePeriod: NoticePeriod;
  readonly laterDate: LaterDateProvision;
  /** Why `laterDate` is what it is, from the text: said when a named date is ignored. */
  readonly laterDateBasis: string;
  readonly armedConflictClause: ArmedConflictClause;
  readonly hasSuspensionClause: boolean;
  /** The day the treaty entered into force, `null` while it has not. */
  readonly entryIntoForce: SourcedDate | null;
  /** The time a state must have been a party before it may give notice, `null` when the text sets none. */
  readonly noticeBar: NoticeBar | null;
  /** The withdrawal article, e.g. "Article 20(3)". */
  readonly article: string;
  /** The clause's text, verbatim, article by article. */
  readonly quotes: readonly ClauseQuote[];
  /** What stays unverified about the quotes, `null` when they are verbatim English. */
  readonly unverified: string | null;
}

/** A validated event: a dated fact about one state (docs/rules.md, "Events"). */
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

/**
 * One problem with one input field: the one shape every layer reports bad input
 * in, from event validation here to the API's 400 body and the CLI's messages.
 */
export interface InputIssue {
  /** Field path, e.g. `date`, `states[2]`, `--as-of`; `(event)` for a whole event, `(body)` for a whole body. */
  readonly field: string;
  readonly message: string;
  /** Position of the item in an input array, when the input was one (validation sets it for every event). */
  readonly index?: number;
  /** The item's `id`, when it had one. */
  readonly id?: string;
}

/** Validation outcome: a value, never a throw. */
export type ValidationResult =
  | { readonly ok: true; readonly events: readonly TreatyEvent[] }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * A countdown reminder: a pending withdrawal of `state` from `treaty` takes
 * effect in law on `effectiveOn`, `leadDays` days after the day it is sent.
 */
export interface Reminder {
  /** Deterministic, one per (state, treaty, effective date, lead time): `PL#apmbc#effective@2026-02-20#7d`. */
  readonly id: string;
  readonly state: string;
  readonly treaty: TreatyId;
  readonly effectiveOn: IsoDate;
  /** Whole days from the day sent to `effectiveOn`, 1–365. */
  readonly leadDays: number;
}

/** A withdrawal that is pending and takes effect on `effectiveOn`, as a digest lists it. */
export interface UpcomingDate {
  readonly state: string;
  readonly treaty: TreatyId;
  readonly effectiveOn: IsoDate;
}

/** How often a digest goes out. */
export type DigestCadence = 'daily' | 'weekly';

/**
 * A digest: every status change published from `from` to `to` (UTC days,
 * both included), and the withdrawals pending with their effective dates.
 */
export interface Digest {
  /** Deterministic, one per cadence and period: `digest#daily#2026-12-01`. */
  readonly id: string;
  readonly cadence: DigestCadence;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** In the order they were published. */
  readonly changes: readonly StatusChange[];
  /** Effective dates still to come, earliest first. */
  readonly upcoming: readonly UpcomingDate[];
}
