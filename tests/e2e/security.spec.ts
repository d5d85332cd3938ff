import { expect, sitemapPaths, test } from './fixtures';

test('every page carries a Content-Security-Policy that allows nothing from other origins', async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self'( 'sha(256|384|512)-[^']+')*;/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain('unsafe-eval');
  }
});

test('no element carries an inline style attribute', async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    expect(await page.locator('[style]').count(), path).toBe(0);
  }
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the policy blocks a script injected into a page', async ({ page }) => {
  await page.goto('/stories/');
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations).toContain('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
});
