/**
 * Finds a Chromium or Chrome to drive: $CHROMIUM_PATH if set, then a browser installed on the
 * system, then Playwright's own download (on machines that have one). Throws a message that
 * says how to get one when there is none, so tests fail loudly instead of skipping.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string} the path of a Chromium-family browser executable */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return system;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  With internet access: npx playwright install chromium\n' +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
}

/** Flags for running headless in containers and on closed networks. */
export const browserArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
