import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Plain functions, schemas and rules: seconds. The limit only catches a test that hangs:
      // the comparisons with Fuse take seconds, and several times that on a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
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
