import { HTTP_API_ROUTES } from '@treatywatch/functions/routes';
import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_THROTTLE, SUBSCRIPTION_ROUTE_THROTTLE } from './constants.js';

/** Properties of {@link TreatyApi}. */
export interface TreatyApiProps {
  /** Serves the signed curator routes. */
  readonly webhook: lambda.IFunction;
  /** Serves the public routes. */
  readonly api: lambda.IFunction;
  readonly logRetention: logs.RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/** Signed routes for curators and scrapers, served by the webhook function. */
export const WEBHOOK_ROUTES = HTTP_API_ROUTES.filter((route) => route.function === 'webhook');

/** Public routes: the page, statuses, feeds and subscriptions, served by the api function. */
export const PUBLIC_ROUTES = HTTP_API_ROUTES.filter((route) => route.function === 'api');

/** Fields of each access log line (HTTP API `$context` variables), one JSON object a request. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
} as const;

/**
 * One HTTP API for both audiences, so curators and subscribers use one base URL.
 *
 * No CORS: the status page and its forms are served by this API itself, so a
 * browser never needs another origin's permission, and no page elsewhere can
 * make a visitor's browser call the subscription routes with JSON.
 *
 * The `$default` stage is throttled, the subscription routes that send SMS or
 * check codes far more tightly, and it writes JSON access logs.
 */
export class TreatyApi extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: TreatyApiProps) {
    super(scope, id);
    const apiIntegration = new HttpLambdaIntegration('Api', props.api);
    const webhookIntegration = new HttpLambdaIntegration('Webhook', props.webhook);
    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Treaty Watch: signed webhook and public status, feeds and subscriptions',
      createDefaultStage: false,
      // Anything else (unknown paths, methods) gets the api function's JSON 404/405.
      defaultIntegration: apiIntegration,
    });
    const routes: apigw.HttpRoute[] = [];
    for (const route of WEBHOOK_ROUTES) {
      routes.push(
        ...this.httpApi.addRoutes({
          path: route.path,
          methods: [apigw.HttpMethod[route.method]],
          integration: webhookIntegration,
        }),
      );
    }
    for (const route of PUBLIC_ROUTES) {
      routes.push(
        ...this.httpApi.addRoutes({
          path: route.path,
          methods: [apigw.HttpMethod[route.method]],
          integration: apiIntegration,
        }),
      );
    }

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: API_THROTTLE.rateLimit, burstLimit: API_THROTTLE.burstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    // Route settings name routes by key: the routes must exist before the stage refers to them.
    const cfnStage = this.stage.node.defaultChild as apigw.CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      SUBSCRIPTION_ROUTE_THROTTLE.routes.map((routeKey) => [
        routeKey,
        {
          ThrottlingRateLimit: SUBSCRIPTION_ROUTE_THROTTLE.rateLimit,
          ThrottlingBurstLimit: SUBSCRIPTION_ROUTE_THROTTLE.burstLimit,
        },
      ]),
    );
    for (const route of routes) this.stage.node.addDependency(route);

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public routes serve public data and take subscriptions by design (proved by the subscriber with an SMS one-time code or SNS confirmation, limited per source address, endpoint and day, changed or removed with a per-subscription token); the webhook routes authenticate each request in the function by HMAC-SHA256 over timestamp and body, which an API Gateway authorizer could not do without a second round trip to the secret.',
    });
  }
}
