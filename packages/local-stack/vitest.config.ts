import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests that start a whole stack run one file at a time: each starts DynamoDB Local (Java).
    fileParallelism: false,
    globalSetup: ['tests/helpers/testCertificate.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
