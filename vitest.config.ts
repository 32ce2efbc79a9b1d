import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@yuqing/common': path.resolve(import.meta.dirname, 'common/src/index.ts') },
  },
  test: {
    globalSetup: ['scripts/vitest-build.mjs'],
    include: ['common/src/**/*.test.ts', 'server/src/**/*.test.ts', 'web/e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only contend for them and for the databases.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
