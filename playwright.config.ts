import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';

const port = 4321;
// A site already served elsewhere (`E2E_BASE_URL=http://127.0.0.1:4600 npx playwright test
// tests/e2e/search.spec.ts`, with `python3 -m http.server 4600 -d dist`): no preview is started.
const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Tests in one file run in parallel too: the per-page audits are most of the suite.
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findBrowser(), args: browserArgs },
  },
  webServer: external
    ? []
    : {
        // Serves the built site; `npm test` builds it first.
        command: 'npm run start',
        url: `http://127.0.0.1:${port}/`,
        env: { ASTRO_PREVIEW_BACKGROUND: '0' },
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
