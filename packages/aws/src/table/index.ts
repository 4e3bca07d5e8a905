export { STREAM_BATCH_SIZE } from './constants.js';
export { createTable } from './createTable.js';
export { createTableInput } from './createTableInput.js';
export { STREAM_FILTERS } from './streamFilters.js';
export {
  ASSESSMENT_REVIEW_ATTRIBUTE,
  DUE_PARTITION,
  ITEM_KINDS,
  PARTITION_PREFIXES,
  TABLE_DEFINITION,
} from './tableDefinition.js';
