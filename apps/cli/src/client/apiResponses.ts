/** The JSON bodies the Treaty Watch API answers with, as the client commands read them. */
import type { StoredAssessment } from '@treatywatch/core';
import type { Assessment, IsoDate, StatusChange, TreatyEvent } from '@treatywatch/rules';

/** `POST /events`: what was done with each event, in input order. */
export interface RecordEventsResponse {
  readonly results: readonly {
    readonly id: string;
    readonly state: string;
    readonly duplicate: boolean;
  }[];
}

/** `POST /evaluate`: for one state, or for all. */
export interface EvaluateResponse {
  readonly asOf: IsoDate;
  readonly state?: string;
  readonly states?: number;
  readonly changes: readonly StatusChange[];
}

/** An assessment as the API returns it (a stored assessment). */
export type ApiAssessment = Assessment & Partial<Pick<StoredAssessment, 'version' | 'evaluatedAt'>>;

/** `GET /status`. */
export interface StatusResponse {
  readonly assessments: readonly ApiAssessment[];
}

/** `GET /status/{state}`: its assessments and its timeline of facts. */
export interface StateStatusResponse {
  readonly state: string;
  readonly name?: string;
  readonly assessments: readonly ApiAssessment[];
  readonly events: readonly TreatyEvent[];
}

/** `POST /subscriptions`. */
export type SubscribeResponse =
  | { readonly id: string; readonly status: 'pending-verification' }
  | { readonly id: string; readonly status: 'pending-confirmation'; readonly manageToken: string };

/** `POST /subscriptions/{id}/verify`: the SMS subscription is active. */
export interface VerifyResponse {
  readonly id: string;
  readonly status: 'active';
  readonly manageToken: string;
}

/** `PATCH /subscriptions/{id}`: the preferences now in force (an absent list means all, or no reminders). */
export interface UpdateSubscriptionResponse {
  readonly id: string;
  readonly filter: {
    readonly states?: readonly string[];
    readonly treaties?: readonly string[];
    readonly statuses?: readonly string[];
    readonly reminders?: readonly number[];
    readonly cadence?: 'daily' | 'weekly';
  };
}

/** `POST /subscriptions/{id}/test`: the test alert went out. */
export interface TestAlertResponse {
  readonly id: string;
  readonly status: 'sent';
}
