import { Match } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, FUNCTION_SPECS, OBSERVABILITY } from '../lib/constants.js';
import { logicalIdOf, statementsOfRole, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();

/** The synthesized properties of one function. */
function propertiesOf(name: (typeof FUNCTION_NAMES)[number]): Record<string, unknown> {
  const id = logicalIdOf(stack.functions[name].function);
  return template.toJSON().Resources[id].Properties;
}

describe('TreatyFunction', () => {
  it('creates the five functions', () => {
    template.resourceCountIs('AWS::Lambda::Function', FUNCTION_NAMES.length);
  });

  it.each(FUNCTION_NAMES)('runs %s on the newest Node.js runtime, on arm64', (name) => {
    const newest = Runtime.ALL.filter((r) => /^nodejs\d+\.x$/.test(r.name))
      .map((r) => r.name)
      .sort((a, b) => Number.parseInt(a.slice(6), 10) - Number.parseInt(b.slice(6), 10))
      .at(-1);
    expect(propertiesOf(name)).toMatchObject({
      Runtime: newest,
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
  });

  it.each(FUNCTION_NAMES)('sizes %s explicitly', (name) => {
    expect(propertiesOf(name)).toMatchObject({
      MemorySize: FUNCTION_SPECS[name].memorySize,
      Timeout: FUNCTION_SPECS[name].timeoutSeconds,
    });
  });

  it.each(FUNCTION_NAMES)(
    'gives %s the table, alert topics, quota, secret and Powertools settings',
    (name) => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: FUNCTION_SPECS[name].description,
        Environment: {
          Variables: {
            TABLE_NAME: { Ref: 'TreatyTable' },
            ALERT_TOPIC_ARNS: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
            FILTER_POLICIES_PER_TOPIC: '200',
            WEBHOOK_SECRET_NAME: Match.anyValue(),
            POWERTOOLS_SERVICE_NAME: `${OBSERVABILITY.serviceName}-${name}`,
            POWERTOOLS_METRICS_NAMESPACE: OBSERVABILITY.metricsNamespace,
            POWERTOOLS_LOG_LEVEL: OBSERVABILITY.logLevel,
            NODE_OPTIONS: '--enable-source-maps',
          },
        },
      });
    },
  );

  it.each(FUNCTION_NAMES)('logs %s to its own log group with a retention', (name) => {
    const logGroupId = logicalIdOf(stack.functions[name].logGroup);
    expect(propertiesOf(name)).toMatchObject({
      LoggingConfig: { LogGroup: { Ref: logGroupId }, LogFormat: 'JSON' },
    });
    expect(template.toJSON().Resources[logGroupId].Properties).toMatchObject({
      RetentionInDays: 30,
    });
  });

  it.each(FUNCTION_NAMES)(
    'lets %s write only to its own log group, with no managed policy',
    (name) => {
      const { function: fn, logGroup } = stack.functions[name];
      const roleId = logicalIdOf(fn.role as NonNullable<typeof fn.role>);
      expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
      const logStatements = statementsOfRole(template, roleId).filter((s) =>
        [s.Action].flat().some((action) => action.startsWith('logs:')),
      );
      expect(logStatements).toEqual([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [logicalIdOf(logGroup), 'Arn'] },
        },
      ]);
    },
  );

  it.each(FUNCTION_NAMES)('traces %s with X-Ray', (name) => {
    expect(propertiesOf(name)).toMatchObject({ TracingConfig: { Mode: 'Active' } });
  });

  it('sends failed asynchronous sweeps to the dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: FUNCTION_SPECS.sweep.description,
      DeadLetterConfig: {
        TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FailedWork'), 'Arn'] },
      },
    });
  });
});
