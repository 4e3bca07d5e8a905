import type { Logger } from '@aws-lambda-powertools/logger';
import type {
  AssessmentStore,
  Clock,
  EventStore,
  NotificationLedger,
  SubscriptionChannel,
  SubscriptionStore,
} from '@treatywatch/core';

/** HTTP methods the routers answer. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';

/** An HTTP request as a route sees it: decoded body, lower-case header names, path parameters. */
export interface HttpRequest {
  readonly method: string;
  /** The raw path, e.g. `/status/UA`. */
  readonly path: string;
  /** Values of the route's `{name}` placeholders, URL-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (base64 bodies already decoded), `''` when none. */
  readonly body: string;
  /** Scheme and host the caller used, e.g. `https://abc.execute-api.eu-west-1.amazonaws.com`. */
  readonly origin: string;
}

/** An HTTP response, shaped like API Gateway's structured result (payload v2). */
export interface HttpResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly isBase64Encoded?: boolean;
}

/** What the public API's routes read and write through (ports of @treatywatch/core). */
export interface ApiDeps {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly ledger: NotificationLedger;
  readonly subscriptions: SubscriptionStore;
  readonly channel: SubscriptionChannel;
  readonly clock: Clock;
}

/** Everything a route's `handle` gets besides the request. */
export interface RouteContext {
  readonly deps: ApiDeps;
  readonly logger: Logger;
}

/**
 * One endpoint (`Context` is what the handler family passes along; the public API's is `RouteContext`): a method, a path pattern with `{name}` placeholders (a placeholder
 * matches within one segment, so `/status/{state}.ics` works), and its handler.
 *
 * `produces`, when set, makes the route answer only callers whose `Accept` header
 * asks for that media type; a route without it is the default for its method and
 * path. So `GET /status/{state}` answers JSON, and HTML to a browser.
 *
 * @example
 * const statusPage: Route = {
 *   method: 'GET',
 *   path: '/status/{state}',
 *   produces: 'text/html',
 *   handle: async (request, { deps }) => htmlResponse(200, await renderState(deps, request.params.state)),
 * };
 */
export interface Route<Context = RouteContext> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly produces?: string;
  handle(request: HttpRequest, context: Context): Promise<HttpResponse>;
}
