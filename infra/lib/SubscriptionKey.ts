import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** Properties of {@link SubscriptionKey}. */
export interface SubscriptionKeyProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The server-side key of the subscription hashes (endpoints, one-time codes,
 * source addresses): 64 generated characters no template or log contains,
 * read only by the api function.
 */
export class SubscriptionKey extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: SubscriptionKeyProps) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'Treaty Watch subscription key (HMAC-SHA256 of endpoints and one-time codes)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Endpoint keys are derived from this key: rotating it would detach every stored subscription from its endpoint and let a second record be made for it. It never leaves AWS, so there is no exposure that rotation would end.',
    });
  }
}
