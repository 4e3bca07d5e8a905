/** Lambda entry point of the assessment-stream consumer. Env: `TABLE_NAME`, `TOPIC_ARN`, `SITE_URL`. */
import { DynamoNotificationLedger } from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { siteUrlFromEnvironment } from '../environment/siteUrlFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { topicFromEnvironment } from '../environment/topicFromEnvironment.js';
import { createOnAssessmentChangeHandler } from '../streams/createOnAssessmentChangeHandler.js';
import { withSmsLink } from '../streams/withSmsLink.js';

let siteUrl: string | undefined;

/** Publishes each status change once, through the ledger, to the alerts topic; SMS texts link to the state's page. */
export const handler = createOnAssessmentChangeHandler({
  notifier: withSmsLink(new SnsNotifier(topicFromEnvironment()), () => {
    siteUrl ??= siteUrlFromEnvironment();
    return siteUrl;
  }),
  ledger: new DynamoNotificationLedger(tableFromEnvironment()),
  clock: systemClock,
});
