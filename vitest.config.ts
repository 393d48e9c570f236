import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test-support/remove-temp-dirs.ts'],
    restoreMocks: true,
    unstubEnvs: true,
    testTimeout: 20_000,
    coverage: { provider: 'v8', include: ['src/**'] },
  },
});
