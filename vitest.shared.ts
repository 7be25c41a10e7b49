import { defineConfig } from 'vitest/config';

/**
 * Settings every package's vitest config starts from. When VITEST_REPORTS_DIR is set (by
 * scripts/test-all.mjs), each package also writes a JSON report there for the run summary.
 */
export function sharedConfig(name: string) {
  const dir = process.env.VITEST_REPORTS_DIR;
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      reporters: dir ? ['default', 'json'] : ['default'],
      ...(dir ? { outputFile: { json: `${dir}/${name}.json` } } : {}),
    },
  });
}
