import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Synthesis bundles nothing but hashes the function assets: seconds, not milliseconds.
    testTimeout: 60_000,
    // The suites only read templates; sharing one module graph loads aws-cdk-lib once per worker.
    isolate: false,
  },
});
