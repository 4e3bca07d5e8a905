export * from './dynamodb/index.js';
export * from './sns/index.js';
export * from './table/index.js';
