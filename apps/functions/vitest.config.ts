import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['@treatywatch/emulators/vitest-global-setup'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
