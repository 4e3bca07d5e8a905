/**
 * Records per batch of a stream consumer: the deployed event source mappings'
 * `BatchSize`, and the records per read of the local stack's stream pollers.
 */
export const STREAM_BATCH_SIZE = 100;
