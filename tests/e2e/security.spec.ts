import { expect, test } from './fixtures';

// Every page's policy itself is checked in every-page.spec.ts.
test.describe(() => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the policy blocks a script injected into a page', async ({ page }) => {
    await page.goto('/stories/');
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
          event.effectiveDirective,
        ),
      );
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations).toContain('script-src-elem');
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
  });
});
