import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One DynamoDB Local and one fauxqs for the whole run; every file makes its own table and topic.
    globalSetup: ['@treatywatch/emulators/vitest-global-setup'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
