/**
 * axe-core run straight in the page: its source is read once per worker and evaluated in each
 * page (Playwright's evaluation is not subject to the page's CSP), and only violations are
 * collected. This is several times faster per page than the @axe-core/playwright builder, which
 * matters when every page of every locale is audited.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** The rules we hold every page to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let source: string | undefined;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The violations on the page as it is now, each as one readable line. `rules` narrows the run
 * to those rule ids (for example the contrast rule again in another colour scheme). Each
 * round trip to the browser costs more than most checks, and every page pays them, so axe is
 * run in the evaluation that finds it in the page, or in the one that puts it there.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags };
  // Scripts, not functions: a script's value is its last statement's, here a promise.
  const run = `window.axe.run(document, ${JSON.stringify({ runOnly, resultTypes: ['violations'] })}).then((result) => result.violations)`;
  const found = await page.evaluate<Violation[] | null>(`'axe' in window ? ${run} : null`);
  const violations = found ?? (await page.evaluate<Violation[]>(`${source}\n;${run}`));
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}) ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
