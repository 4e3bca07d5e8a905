import { ITEM_KINDS, TABLE_DEFINITION } from './tableDefinition.js';

/**
 * Event source mapping filter patterns (Lambda filter criteria syntax), shared by
 * the CDK stack and the local stream pollers so both route records the same way.
 */
export const STREAM_FILTERS = {
  /** New event items → `on-event`. */
  events: {
    eventName: ['INSERT'],
    dynamodb: { NewImage: { [TABLE_DEFINITION.kindAttribute]: { S: [ITEM_KINDS.event] } } },
  },
  /**
   * Written assessment items and new test-alert requests → `on-assessment-change`,
   * the function that may publish on the alert topics.
   */
  assessmentChanges: {
    eventName: ['INSERT', 'MODIFY'],
    dynamodb: {
      NewImage: {
        [TABLE_DEFINITION.kindAttribute]: { S: [ITEM_KINDS.assessment, ITEM_KINDS.testAlert] },
      },
    },
  },
} as const;
