#!/usr/bin/env node
/**
 * Screenshots of pages of the served site at phone and desktop widths, for looking at layout.
 *
 *   npm run start &   then   node scripts/screenshots.mjs /path/ [/other/ ...]
 *   writes .tmp/shots/<name>-<width>.png
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserArgs, findBrowser } from './find-browser.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
mkdirSync('.tmp/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
for (const path of paths) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const file = `.tmp/shots/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
