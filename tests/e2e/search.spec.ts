import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { listPageSize } from '../../src/lib/search/list-pages.ts';
import { content, creatorData, expect, test } from './fixtures';

/** Waits for the island to hydrate and the worker to load the index, when the search box opens. */
async function searchReady(page: Page) {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(
    page.getByRole('searchbox', { name: 'Search by name, handle, niche or brand' }),
  ).toBeEnabled();
}

/** Opens the directory and waits for the search island to hydrate before typing into it. */
async function openSearch(page: Page, query = '') {
  await page.goto(`/creators/${query}`);
  await searchReady(page);
  const box = page.getByRole('searchbox', { name: 'Search by name, handle, niche or brand' });
  return {
    box,
    results: page
      .getByRole('region', { name: 'Search creators' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') }),
    status: page.getByRole('status'),
  };
}

test('hydrates under the Content-Security-Policy and "/" focuses the search box', async ({
  page,
}) => {
  const { box } = await openSearch(page);
  await page.locator('body').press('/');
  await expect(box).toBeFocused();
});

test('forgives a typo and highlights what matched', async ({ page }) => {
  const { box, results, status } = await openSearch(page);
  await box.fill('rolettes');
  await expect(results.first()).toContainText('The Rollettes');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(status).toHaveText(/creators?, matching “rolettes”/);
  await expect(page).toHaveURL(/\?q=rolettes$/);
});

test('filters by region with counts that ignore the region’s own selection', async ({ page }) => {
  const { results } = await openSearch(page);
  const europe = page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^Europe/ });
  const asia = page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^East & Southeast Asia/ });
  const inRegion = (region: string) =>
    creatorData.filter((creator) => creator.region === region).length;
  await europe.check();
  await expect(page).toHaveURL(/\?region=europe$/);
  await expect(results).toHaveCount(inRegion('europe'));
  await expect(page.getByRole('group', { name: 'Region' })).toContainText(
    `East & Southeast Asia (${inRegion('east-southeast-asia')})`,
  );
  await asia.check();
  await expect(results).toHaveCount(inRegion('europe') + inRegion('east-southeast-asia'));
  await expect(europe).toBeChecked();
});

test('keeps zero-count values visible but disabled, and never hides a selected one', async ({
  page,
}) => {
  await openSearch(page, '?region=middle-east-north-africa');
  const spanish = page
    .getByRole('group', { name: 'Language' })
    .getByRole('checkbox', { name: /^Spanish/ });
  await expect(spanish).toBeVisible();
  await expect(spanish).toBeDisabled();
  await expect(
    page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Middle East/ }),
  ).toBeChecked();
});

test('restores the view on reload and on back and forward', async ({ page }) => {
  const { box, results } = await openSearch(page);
  await page
    .getByRole('group', { name: 'Niche' })
    .getByRole('checkbox', { name: /^Food & cooking/ })
    .check();
  // What the filter shows, waited for (a count read at once can be the list before it).
  const food = creatorData.filter((creator) => creator.niches?.includes('food')).length;
  await expect(results).toHaveCount(food);
  await page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^South Asia/ })
    .check();
  await page.reload();
  await searchReady(page);
  await expect(
    page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^South Asia/ }),
  ).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?niche=food$/);
  await expect(results).toHaveCount(food);
  await expect(box).toHaveValue('');
});

test('offers a way out of an empty result and keeps focus in the search', async ({ page }) => {
  const { box, results } = await openSearch(page, '?q=zzzzqqq');
  await expect(page.getByText('No creator matches this search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL(/\/creators\/$/);
  await expect(results).toHaveCount(0);
  // The static list is back: its first page.
  await expect(page.getByRole('article')).toHaveCount(
    Math.min(content.creators.length, listPageSize.creators),
  );
});

test('treats hostile URL parameters as plain text and ignores unknown ones', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  const { box } = await openSearch(
    page,
    `?q=${encodeURIComponent(hostile)}&region=<script>&sort=javascript:alert(1)&page=-5&utm=x`,
  );
  await expect(box).toHaveValue(hostile);
  await expect(page.locator('.search img, .search script')).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
  expect(dialogs).toBe(0);
});

test('works by keyboard alone', async ({ page }) => {
  const { box, results } = await openSearch(page);
  await box.focus();
  await page.keyboard.type('kyne');
  await expect(results.first()).toContainText('Kyne');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
  // On through the filters summary and the scrollable lists (focusable so they scroll by key);
  // zero-count values are disabled and skipped.
  const focused = page.locator('input[type="checkbox"]:focus');
  for (let step = 0; step < 10 && (await focused.count()) === 0; step += 1)
    await page.keyboard.press('Tab');
  await expect(focused).toBeEnabled();
  await page.keyboard.press('Space');
  await expect(focused).toBeChecked();
  await expect(page).toHaveURL(/&\w+=/);
});

test('has no WCAG 2.2 AA violations once hydrated, with results and filters showing', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { box, results } = await openSearch(page, '?region=europe');
    await box.fill('lena');
    await expect(results.first()).toBeVisible();
    if (scheme === 'light') await results.first().getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByRole('region', { name: 'Your shortlist (1)' })).toBeVisible();
    expect((await axeViolations(page)).map((line) => `${scheme}: ${line}`)).toEqual([]);
  }
});

test.describe('static facet pages', () => {
  test.use({ javaScriptEnabled: false });

  test('list creators by niche without JavaScript, linked from the directory', async ({ page }) => {
    await page.goto('/creators/');
    await page
      .getByRole('navigation', { name: 'Browse' })
      .getByRole('link', { name: /^Food & cooking/ })
      .click();
    await expect(page).toHaveURL('/creators/niche/food/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Food & cooking creators');
    const cards = page.getByRole('article');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all())
      await expect(card.getByRole('link', { name: 'Food & cooking' })).toBeVisible();
  });
});

test('a facet page hands over to the search with the same filter', async ({ page }) => {
  await page.goto('/creators/language/ar/');
  const count = await page.getByRole('article').count();
  await page.getByRole('link', { name: 'Refine this list with search and more filters' }).click();
  await expect(page).toHaveURL('/creators/?language=ar');
  await searchReady(page);
  await expect(
    page.getByRole('group', { name: 'Language' }).getByRole('checkbox', { name: /^Arabic/ }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('region', { name: 'Search creators' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') }),
  ).toHaveCount(count);
});

test('matches any or all of several languages, and excludes a value', async ({ page }) => {
  const { results, status } = await openSearch(page);
  await page
    .getByRole('group', { name: 'Community' })
    .getByRole('button', { name: 'not Disabled creators' })
    .click();
  const languages = page.getByRole('group', { name: 'Language' });
  await languages.getByRole('checkbox', { name: /^English/ }).check();
  await languages.getByRole('checkbox', { name: /^French/ }).check();
  // How many each match finds, from the content, waited for: a count read at once can be the
  // list before it.
  const speaking = (all: boolean) =>
    creatorData.filter(
      ({ languages = [], communities = [] }) =>
        !communities.includes('disability') &&
        (all
          ? languages.includes('en') && languages.includes('fr')
          : languages.includes('en') || languages.includes('fr')),
    ).length;
  expect(speaking(false)).toBeGreaterThan(speaking(true));
  await expect(status).toHaveText(new RegExp(`^${speaking(false)} creators, filtered by`));
  await languages.getByRole('combobox', { name: 'Match' }).selectOption('all');
  await expect(page).toHaveURL(/language\.mode=all/);
  await expect(status).toHaveText(new RegExp(`^${speaking(true)} creators?, filtered by`));
  for (const item of await results.all()) await expect(item).toBeVisible();

  await expect(
    page
      .getByRole('group', { name: 'Community' })
      .getByRole('button', { name: 'not Disabled creators' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/community\.not=disability/);
  await expect(status).toContainText('not Disabled creators');
  await page.reload();
  await searchReady(page);
  await expect(
    page.getByRole('group', { name: 'Language' }).getByRole('combobox', { name: 'Match' }),
  ).toHaveValue('all');
});

test('excluding a community removes its creators from the results', async ({ page }) => {
  const member = creatorData.find((creator) => creator.communities?.includes('disability'));
  expect(member, 'a creator in the disability community').toBeDefined();
  const { box, results } = await openSearch(page);
  await box.fill(member?.name ?? '');
  await expect(results.filter({ hasText: member?.name ?? '' })).not.toHaveCount(0);
  await page
    .getByRole('group', { name: 'Community' })
    .getByRole('button', { name: 'not Disabled creators' })
    .click();
  await expect(results.filter({ hasText: member?.name ?? '' })).toHaveCount(0);
});

test.describe('shortlist', () => {
  test('saves creators across visits, shares them as a link and exports CSV', async ({
    page,
    context,
  }) => {
    const { box } = await openSearch(page);
    await box.fill('kyne');
    await page.getByRole('button', { name: 'Save Kyne' }).click();
    await expect(page.getByRole('button', { name: 'Saved Kyne' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const panel = page.getByRole('region', { name: 'Your shortlist (1)' });
    await expect(panel.getByRole('link', { name: 'Kyne' })).toHaveAttribute(
      'href',
      '/creators/kyne/',
    );

    await page.reload();
    await searchReady(page);
    await expect(page.getByRole('region', { name: 'Your shortlist (1)' })).toBeVisible();

    const share = await panel.getByRole('link', { name: 'Share link' }).getAttribute('href');
    expect(share).toMatch(/\/creators\/\?shortlist=kyne$/);

    const download = page.waitForEvent('download');
    await page
      .getByRole('region', { name: 'Your shortlist (1)' })
      .getByRole('button', { name: 'Download CSV' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('casebook-shortlist.csv');
    const csv = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '"Name","Other spellings","Handle","Region","Country","Languages","Niches","Audience","Profile"',
    );
    // Kyne has no handle and no region in our source.
    expect(csv).toContain('"Kyne","","","",""');

    const browser = context.browser();
    if (!browser) throw new Error('The test needs a browser to open a second visitor in.');
    const other = await browser.newPage();
    await other.goto(share ?? '');
    await searchReady(other);
    const sharedPanel = other.getByRole('region', { name: 'Shortlist shared with you (1)' });
    await expect(sharedPanel.getByRole('link', { name: 'Kyne' })).toBeVisible();
    await other.close();

    await page.getByRole('button', { name: 'Remove Kyne from your shortlist' }).click();
    await expect(page.getByRole('region', { name: /Your shortlist/ })).toHaveCount(0);
  });

  test('ignores unknown or hostile handles in a shared link', async ({ page }) => {
    await openSearch(
      page,
      `?shortlist=${encodeURIComponent('kyne,<img src=x onerror=alert(1)>,nobody')}`,
    );
    const panel = page.getByRole('region', { name: 'Shortlist shared with you (1)' });
    await expect(panel.getByRole('link')).toHaveCount(1);
    await expect(page.locator('.search img')).toHaveCount(0);
  });
});

test('shows the creators who already mention a brand, with the videos as evidence', async ({
  page,
}) => {
  const { results } = await openSearch(page);
  await page
    .getByRole('group', { name: 'Mentions brand' })
    .getByRole('checkbox', { name: /^Mahmas Roastery/ })
    .check();
  await expect(page).toHaveURL(/\?brand=mahmas-roastery$/);
  const first = results.first();
  const evidence = first.getByRole('list', { name: /^Where .+ mentions the brand$/ });
  await expect(evidence.getByRole('listitem').first()).toContainText(/Mahmas Roastery: “.+”/);
  await expect(evidence.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(evidence.getByRole('listitem').first()).toContainText('invented video, no link');
  const latest = await results.evaluateAll((items) =>
    items.map(
      (item) =>
        [...item.querySelectorAll('time')]
          .map((time) => time.getAttribute('datetime') ?? '')
          .sort()
          .at(-1) ?? '',
    ),
  );
  expect(latest).toEqual([...latest].sort().reverse());
});

test('renders a hostile name from the data as text, and nothing runs', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>Kyne';
  // Plant the name in the data the island receives, exactly as a content file could carry it.
  await page.route('**/search-index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { creators: [string, string, ...unknown[]][] };
    for (const row of index.creators) if (row[1] === 'Kyne') row[1] = hostile;
    await route.fulfill({ response, json: index });
  });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const { box, results } = await openSearch(page);
  await box.fill('kyne');
  await expect(results.first()).toContainText(hostile);
  await page.getByRole('button', { name: `Save ${hostile}` }).click();
  await expect(page.getByRole('region', { name: 'Your shortlist (1)' })).toContainText(hostile);
  await expect(page.locator('.search img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('pages through results, with the page in the URL and focus at the top of the new page', async ({
  page,
}) => {
  const { results } = await openSearch(page, '?sort=name');
  const total = content.creators.length;
  const pages = Math.ceil(total / 24);
  expect(pages, 'enough creators for several pages').toBeGreaterThan(1);
  await expect(results).toHaveCount(24);
  const pager = page.getByRole('navigation', { name: 'Result pages' });
  await expect(pager).toContainText(`Page 1 of ${pages}`);
  await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(results).toHaveCount(Math.min(24, total - 24));
  await expect(
    page.getByText(`${total} creators · 25–${Math.min(48, total)} of ${total}`),
  ).toBeFocused();
  await page.goBack();
  await expect(results).toHaveCount(24);
  // A page past the end shows the last one.
  await page.goto('/creators/?sort=name&page=99');
  await expect(page.getByRole('navigation', { name: 'Result pages' })).toContainText(
    `Page ${pages} of ${pages}`,
  );
});

test('searches in a worker when the directory is too large for the page, under the same CSP', async ({
  page,
}) => {
  // Tell the island its index holds 50,000 creators, so it hands the search to its worker.
  await page.route('**/creators/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(&quot;size&quot;:\[0,)\d+\]/, '$150000]');
    await route.fulfill({ response, body: html });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const { box, results, status } = await openSearch(page);
  expect(workers.some((url) => url.includes('search.worker'))).toBe(true);
  await box.fill('finacial');
  // Kyne's partner is a financial company; creators matching the same term tie and follow by name.
  await expect(status).toHaveText(/matching “finacial”/);
  await expect(results.filter({ hasText: 'Kyne' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'The Rollettes' })).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^Europe/ })
    .check();
  await expect(page).toHaveURL(/region=europe/);
});
