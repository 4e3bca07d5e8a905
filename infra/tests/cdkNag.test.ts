import { App, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TreatyWatchStack } from '../lib/TreatyWatchStack.js';
import { DEFAULT_PROPS } from './helpers/synthesizeStack.js';

/** Rule id and severity of each unacknowledged finding of `pack` on a fresh stack. */
function findings(pack: NagPack, props = DEFAULT_PROPS): string[] {
  const app = new App();
  new TreatyWatchStack(app, 'TreatyWatch-nag', props);
  return pack.validateScope(app).violations.map((v) => `${v.severity} ${v.ruleName}`);
}

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the AwsSolutions pack', () => {
    expect(findings(new AwsSolutionsChecks())).toEqual([]);
  });

  it('finds nothing unacknowledged in the Serverless pack', () => {
    expect(findings(new ServerlessChecks())).toEqual([]);
  });

  it('finds nothing with every option set', () => {
    const props = {
      ...DEFAULT_PROPS,
      operatorEmail: 'ops@example.org',
      smsMonthlySpendLimit: 10,
      stage: 'dev',
      deletionProtection: false,
    };
    expect(findings(new AwsSolutionsChecks(), props)).toEqual([]);
    expect(findings(new ServerlessChecks(), props)).toEqual([]);
  });

  it('lets the app synthesize with both packs registered as validation plugins', () => {
    const app = new App();
    new TreatyWatchStack(app, 'TreatyWatch-nag', DEFAULT_PROPS);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    expect(() => app.synth()).not.toThrow();
  }, 180_000);

  it('fails synthesis on a finding nobody acknowledged', () => {
    const app = new App();
    const stack = new TreatyWatchStack(app, 'TreatyWatch-nag', DEFAULT_PROPS);
    // A wildcard grant nobody justified must stop the build.
    stack.functions.api.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }),
    );
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Action::s3:\*\]/);
  });
});
