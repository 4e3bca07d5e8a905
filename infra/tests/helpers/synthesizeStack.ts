import { fileURLToPath } from 'node:url';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import {
  DEFAULT_ALERT_TOPIC_SHARDS,
  DEFAULT_API_RESERVED_CONCURRENCY,
  DEFAULT_SWEEP_SCHEDULE,
  SNS_FILTER_POLICY_QUOTAS,
} from '../../lib/constants.js';
import { TreatyWatchStack, type TreatyWatchStackProps } from '../../lib/TreatyWatchStack.js';

/** The bundles `apps/functions` builds (turbo builds them before infra's tests). */
export const BUNDLES_DIR = fileURLToPath(new URL('../../../apps/functions/dist', import.meta.url));

/** Props as `bin/app.ts` gives them with no context. */
export const DEFAULT_PROPS: TreatyWatchStackProps = {
  stage: 'prod',
  bundlesDir: BUNDLES_DIR,
  sweepSchedule: DEFAULT_SWEEP_SCHEDULE,
  deletionProtection: true,
  subscriptionLimits: DEFAULT_SUBSCRIPTION_LIMITS,
  apiReservedConcurrency: DEFAULT_API_RESERVED_CONCURRENCY,
  alertTopicShards: DEFAULT_ALERT_TOPIC_SHARDS,
  filterPoliciesPerTopic: SNS_FILTER_POLICY_QUOTAS.perTopic,
  filterPoliciesPerAccount: SNS_FILTER_POLICY_QUOTAS.perAccount,
};

/** A synthesized stack: the app, the stack and its template. */
export interface SynthesizedStack {
  readonly app: App;
  readonly stack: TreatyWatchStack;
  readonly template: Template;
}

/** Builds the stack in a fresh app, with `overrides` on top of {@link DEFAULT_PROPS}. */
export function synthesizeStack(overrides: Partial<TreatyWatchStackProps> = {}): SynthesizedStack {
  const app = new App();
  const stack = new TreatyWatchStack(app, 'TreatyWatch-test', { ...DEFAULT_PROPS, ...overrides });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The logical id CloudFormation knows `construct`'s resource by (overrides included). */
export function logicalIdOf(construct: IConstruct): string {
  const resource = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).resolve(resource.logicalId) as string;
}

/** One IAM policy statement as synthesized. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** Every statement of the `AWS::IAM::Policy` resources attached to the role with `roleLogicalId`. */
export function statementsOfRole(template: Template, roleLogicalId: string): PolicyStatement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) => {
    const roles = (policy.Properties.Roles ?? []) as { Ref?: string }[];
    return roles.some((role) => role.Ref === roleLogicalId)
      ? (policy.Properties.PolicyDocument.Statement as PolicyStatement[])
      : [];
  });
}

/** The actions of a statement as a list. */
export function actionsOf(statement: PolicyStatement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}
