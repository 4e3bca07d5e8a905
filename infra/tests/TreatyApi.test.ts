import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { API_THROTTLE, SUBSCRIPTION_ROUTE_THROTTLE } from '../lib/constants.js';
import { PUBLIC_ROUTES, WEBHOOK_ROUTES } from '../lib/TreatyApi.js';
import { logicalIdOf, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;

/** Route key → the function its integration invokes. */
function routeTargets(): Record<string, string> {
  const integrations = Object.fromEntries(
    Object.entries(resources)
      .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Integration')
      .map(([id, r]) => [id, JSON.stringify(r.Properties.IntegrationUri)]),
  );
  const ids = {
    webhook: logicalIdOf(stack.functions.webhook.function),
    api: logicalIdOf(stack.functions.api.function),
  };
  return Object.fromEntries(
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
      .map((r) => {
        const target = (r.Properties.Target as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
        const integrationId = (target[1] as { Ref: string }).Ref;
        const uri = integrations[integrationId] ?? '';
        const fn = uri.includes(`"${ids.webhook}"`)
          ? 'webhook'
          : uri.includes(`"${ids.api}"`)
            ? 'api'
            : '?';
        return [r.Properties.RouteKey as string, fn];
      }),
  );
}

describe('TreatyApi', () => {
  it('sends the signed routes to the webhook and everything else to the api', () => {
    const expected = {
      ...Object.fromEntries(WEBHOOK_ROUTES.map((r) => [`${r.method} ${r.path}`, 'webhook'])),
      ...Object.fromEntries(PUBLIC_ROUTES.map((r) => [`${r.method} ${r.path}`, 'api'])),
      $default: 'api',
    };
    expect(routeTargets()).toEqual(expected);
  });

  it('serves the routes the functions implement', () => {
    expect(Object.keys(routeTargets())).toEqual(
      expect.arrayContaining([
        'POST /events',
        'POST /evaluate',
        'GET /',
        'GET /status',
        'GET /status/{state}',
        'GET /feed.atom',
        'GET /calendar.ics',
        'POST /subscriptions',
        'POST /subscriptions/{id}/verify',
        'PATCH /subscriptions/{id}',
        'DELETE /subscriptions/{id}',
        'GET /unsubscribe',
        'POST /unsubscribe',
        'POST /subscriptions/{id}/test',
        'GET /manage',
        'POST /manage',
        'POST /manage/test',
      ]),
    );
  });

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
    });
  });

  it('writes JSON access logs with the request id to a log group with a retention', () => {
    const api = stack.node.findChild('HttpApi');
    const logGroupId = logicalIdOf(api.node.findChild('AccessLogs'));
    const stage = Object.values(resources).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
    const settings = stage?.Properties.AccessLogSettings as {
      DestinationArn: unknown;
      Format: string;
    };
    expect(settings.DestinationArn).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });
    expect(JSON.parse(settings.Format)).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
    });
    expect(resources[logGroupId]?.Properties).toMatchObject({ RetentionInDays: 30 });
  });

  it('allows no cross-origin calls: the page and its forms are same-origin', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.absent(),
    });
  });

  it('throttles the subscription, verification and test-alert routes far below the stage', () => {
    const limits = {
      ThrottlingRateLimit: SUBSCRIPTION_ROUTE_THROTTLE.rateLimit,
      ThrottlingBurstLimit: SUBSCRIPTION_ROUTE_THROTTLE.burstLimit,
    };
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      RouteSettings: {
        'POST /subscriptions': limits,
        'POST /subscriptions/{id}/verify': limits,
        'POST /subscriptions/{id}/test': limits,
        'POST /manage/test': limits,
      },
    });
    expect(SUBSCRIPTION_ROUTE_THROTTLE.rateLimit).toBeLessThan(API_THROTTLE.rateLimit / 10);
  });

  it('creates the stage after the routes its settings name', () => {
    const stageEntry = Object.entries(resources).find(
      ([, r]) => r.Type === 'AWS::ApiGatewayV2::Stage',
    );
    const dependsOn = (template.toJSON().Resources[stageEntry?.[0] ?? ''].DependsOn ??
      []) as string[];
    const routeIds = Object.entries(resources)
      .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Route')
      .filter(([, r]) =>
        SUBSCRIPTION_ROUTE_THROTTLE.routes.includes(r.Properties.RouteKey as never),
      )
      .map(([id]) => id);
    expect(routeIds).toHaveLength(SUBSCRIPTION_ROUTE_THROTTLE.routes.length);
    expect(dependsOn).toEqual(expect.arrayContaining(routeIds));
  });
});
