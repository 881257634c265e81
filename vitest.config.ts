import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit and component tests: fake-indexeddb for storage, happy-dom for components (per file). */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
