import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Long fault tests (npm run test:long): 10,000 fuzzed imports, 200,000-row upgrades. Under ~10 minutes on 2 cores. */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/long/**/*.long.ts'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 400_000,
  },
});
