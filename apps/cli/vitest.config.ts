import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The tests run the built CLI as a child process, and the local stack starts Java.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
