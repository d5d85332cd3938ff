import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Plain functions, schemas and rules: seconds.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Tests that run whole commands (astro build, new:story): tens of seconds.
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
