/** Lambda entry point of the assessment-stream consumer. Env: `TABLE_NAME`, `ALERT_TOPIC_ARNS`, `SITE_URL`. */
import { DynamoNotificationLedger } from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { alertTopicsFromEnvironment } from '../environment/alertTopicsFromEnvironment.js';
import { siteUrlFromEnvironment } from '../environment/siteUrlFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createOnAssessmentChangeHandler } from '../streams/createOnAssessmentChangeHandler.js';
import { withSmsLink } from '../streams/withSmsLink.js';

let siteUrl: string | undefined;

/**
 * Publishes each status change once on every alert-topic shard, through the
 * ledger; SMS texts end with the short link to the state's page.
 */
export const handler = createOnAssessmentChangeHandler({
  notifier: withSmsLink(new SnsNotifier(alertTopicsFromEnvironment()), () => {
    siteUrl ??= siteUrlFromEnvironment();
    return siteUrl;
  }),
  ledger: new DynamoNotificationLedger(tableFromEnvironment()),
  clock: systemClock,
});
