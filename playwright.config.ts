import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';

const port = 4321;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Tests in one file run in parallel too: the per-page audits are most of the suite.
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findBrowser(), args: browserArgs },
  },
  webServer: {
    // Serves the built site; `npm test` builds it first.
    command: 'npm run start',
    url: `http://127.0.0.1:${port}/`,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
