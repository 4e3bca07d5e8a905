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
  /** Written assessment items → `on-assessment-change`. */
  assessmentChanges: {
    eventName: ['INSERT', 'MODIFY'],
    dynamodb: { NewImage: { [TABLE_DEFINITION.kindAttribute]: { S: [ITEM_KINDS.assessment] } } },
  },
} as const;
