import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['@treatywatch/emulators/vitest-global-setup'],
    testTimeout: 60_000,
    // Handlers log JSON and emit EMF metrics to stdout; tests that need them pass their own.
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    hookTimeout: 120_000,
  },
});
