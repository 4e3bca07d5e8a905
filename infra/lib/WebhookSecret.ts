import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** Properties of {@link WebhookSecret}. */
export interface WebhookSecretProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The webhook's HMAC signing key: 64 generated characters that no template, log
 * or output ever contains. Curators read it with `aws secretsmanager
 * get-secret-value`; the webhook function reads it at run time.
 */
export class WebhookSecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: WebhookSecretProps) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'Treaty Watch webhook signing key (HMAC-SHA256)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key is shared with curators outside AWS, so rotation is a coordinated operator step: put a new value, let signers send several v1= signatures during the overlap, as the webhook accepts; an automatic rotation would break every signer at once.',
    });
  }
}
