import { defineConfig } from 'vitest/config';

/**
 * Two layers in one run: fast unit tests in jsdom, and real-browser tests in
 * headless Chromium (playwright-core) against the built `dist/` files. Browser
 * files run one at a time: the machine has two cores and each file starts
 * its own Chromium and static server.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
