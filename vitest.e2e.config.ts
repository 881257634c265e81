import { defineConfig } from 'vitest/config';

/** e2e: the built extension in real Chromium and Firefox, one file at a time (two cores). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // No retries: a test that fails once is a defect to find (docs/RELIABILITY.md, #19).
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
