import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests run hundreds of histories; a loaded CI machine must not turn them into timeouts.
    testTimeout: 60_000,
  },
});
