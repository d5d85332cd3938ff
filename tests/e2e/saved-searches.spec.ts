/**
 * Saved searches in both search islands: saving a view under a name, finding it again after a
 * reload as a link that restores it, renaming, deleting with undo, and what a visitor is told
 * when the browser's storage is damaged, full, or holds hostile entries.
 */
import type { Page } from '@playwright/test';
import { ar } from '../../src/lib/strings/ar.ts';
import { axeViolations } from './axe';
import { creatorData, expect, test } from './fixtures';

const key = 'casebook:saved-searches';

/** Opens a search page and waits until its island has hydrated and its box is open. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByRole('searchbox')).toBeEnabled();
}

const savedList = (page: Page) => page.getByRole('region', { name: /^Saved search(es)? \(\d+\)$/ });
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name for this search' });
/** Opens "Save this search", names it (or keeps the name offered) and saves. */
async function saveAs(page: Page, name?: string) {
  await page.getByRole('button', { name: 'Save this search' }).click();
  if (name !== undefined) await nameField(page).fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);

test('saves a creator search with its filters and sort, and its link restores the view after a reload', async ({
  page,
}) => {
  await open(page, '/creators/');
  // Nothing to save in the full list.
  await expect(page.getByRole('button', { name: 'Save this search' })).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^Europe/ })
    .check();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name' });
  await expect(page).toHaveURL(/\/creators\/\?region=europe&sort=name$/);

  await page.getByRole('button', { name: 'Save this search' }).click();
  // A name is offered from the filters, and the field has focus with it selected.
  await expect(nameField(page)).toBeFocused();
  await expect(nameField(page)).toHaveValue('Europe');
  await nameField(page).fill('European creators');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved “European creators”.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save this search' })).toBeFocused();

  await open(page, '/creators/');
  const link = savedList(page).getByRole('link', { name: 'European creators' });
  await expect(savedList(page)).toHaveAccessibleName('Saved search (1)');
  await expect(link).toHaveAttribute('href', '/creators/?region=europe&sort=name');

  await link.click();
  await expect(page).toHaveURL(/\/creators\/\?region=europe&sort=name$/);
  await expect(page.getByRole('searchbox')).toBeEnabled();
  await expect(
    page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Europe/ }),
  ).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name');
  const europeans = creatorData.filter((creator) => creator.region === 'europe').length;
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^${europeans} creators?, filtered by Europe$`),
  );
});

test('renames a saved search, and deletes it with a way to undo', async ({ page }) => {
  await open(page, '/creators/?q=finance');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await expect(nameField(page)).toHaveValue('“finance”');
  await nameField(page).fill('Finance');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const list = savedList(page);
  await expect(list.getByRole('link', { name: 'Finance' })).toHaveAttribute(
    'href',
    '/creators/?q=finance',
  );

  await list.getByRole('button', { name: 'Rename “Finance”' }).click();
  const newName = page.getByRole('textbox', { name: 'New name for “Finance”' });
  await expect(newName).toBeFocused();
  // Escape leaves the name as it was.
  await newName.press('Escape');
  await expect(list.getByRole('button', { name: 'Rename “Finance”' })).toBeFocused();
  await list.getByRole('button', { name: 'Rename “Finance”' }).click();
  await newName.fill('Money creators');
  await newName.press('Enter');
  await expect(page.getByText('Renamed to “Money creators”.')).toBeVisible();
  await expect(list.getByRole('button', { name: 'Rename “Money creators”' })).toBeFocused();

  await page.reload();
  await open(page, '/creators/');
  await expect(list.getByRole('link', { name: 'Money creators' })).toBeVisible();

  await list.getByRole('button', { name: 'Delete “Money creators”' }).click();
  await expect(savedList(page)).toHaveCount(0);
  await expect(page.getByText('Deleted “Money creators”.')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByText('Restored “Money creators”.')).toBeVisible();
  await expect(list.getByRole('link', { name: 'Money creators' })).toBeFocused();

  await list.getByRole('button', { name: 'Delete “Money creators”' }).click();
  await page.reload();
  await open(page, '/creators/');
  await expect(savedList(page)).toHaveCount(0);
  expect(JSON.parse((await stored(page)) ?? '')).toEqual({ version: 1, searches: [] });
});

test('saves a story search likewise, listed with the stories only', async ({ page }) => {
  await open(page, '/stories/');
  await page.getByRole('searchbox').fill('koho');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' });
  await expect(page).toHaveURL(/\/stories\/\?q=koho&sort=newest$/);
  await page.getByRole('button', { name: 'Save this search' }).click();
  await expect(nameField(page)).toHaveValue('“koho”');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.reload();
  await open(page, '/stories/');
  const link = savedList(page).getByRole('link', { name: '“koho”' });
  await expect(link).toHaveAttribute('href', '/stories/?q=koho&sort=newest');
  await link.click();
  await expect(page).toHaveURL(/\/stories\/\?q=koho&sort=newest$/);
  await expect(page.getByRole('searchbox')).toHaveValue('koho');

  await open(page, '/creators/');
  await expect(savedList(page)).toHaveCount(0);
});

test('says when stored searches are damaged, drops hostile entries, and the shortlist still works', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.addInitScript((k) => {
    // Once only, so that what the page writes afterwards survives a reload.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('casebook:shortlist', '["kyne"]');
    localStorage.setItem(k, '{"version":1,"searches":[{"id":"a1",');
  }, key);
  await open(page, '/creators/');
  await expect(
    page.getByText(
      'Your saved searches could not be read: what this browser kept of them is damaged.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your shortlist (1)' })).toBeVisible();
  await page.getByRole('searchbox').fill('rollettes');
  await page.getByRole('button', { name: 'Save The Rollettes' }).click();
  await expect(page.getByRole('region', { name: 'Your shortlist (2)' })).toBeVisible();

  // A record of the right shape with hostile entries: the valid one is kept, as text.
  await page.evaluate((k) => {
    const entry = { id: 'b2', path: '/creators/', query: 'q=kyne', saved: 2 };
    localStorage.setItem(
      k,
      JSON.stringify({
        version: 1,
        searches: [
          { ...entry, name: '<img src=x onerror=alert(1)>' },
          { ...entry, id: 'x1', name: 'Bad', path: 'javascript:alert(1)' },
          { ...entry, id: 'x2', name: 'Elsewhere', path: 'https://evil.example/creators/' },
        ],
      }),
    );
  }, key);
  await page.reload();
  await open(page, '/creators/');
  await expect(
    page.getByText('2 saved searches could not be read and were left out.'),
  ).toBeVisible();
  const link = savedList(page).getByRole('link');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText('<img src=x onerror=alert(1)>');
  await expect(link).toHaveAttribute('href', '/creators/?q=kyne');
  await expect(page.getByRole('region', { name: 'Your shortlist (2)' })).toBeVisible();
  expect(dialogs).toBe(0);
});

test('keeps the typed name and says so when the browser’s storage is full', async ({ page }) => {
  await page.addInitScript((k) => {
    // The stub hands every other key to the original, called on the Storage it was called on.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, key);
  await open(page, '/creators/?q=food');
  await saveAs(page, 'Food creators for the autumn launch');
  await expect(
    page.getByText('Your browser’s storage for this site is full, so this was not saved.'),
  ).toBeVisible();
  await expect(nameField(page)).toHaveValue('Food creators for the autumn launch');
  await expect(nameField(page)).toHaveAccessibleDescription(/storage for this site is full/);
  await expect(savedList(page)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('saves in Arabic under the Arabic page’s address, with an Arabic name offered', async ({
  page,
}) => {
  const t = ar.searchCommon.savedSearches;
  await open(page, '/ar/creators/');
  await page
    .getByRole('group', { name: ar.search.facets.region })
    .getByRole('checkbox', { name: new RegExp(`^${ar.taxonomy.regions.europe}`) })
    .check();
  await page.getByRole('button', { name: t.save }).click();
  const field = page.getByRole('textbox', { name: t.name });
  await expect(field).toHaveValue(ar.taxonomy.regions.europe);
  await page.getByRole('button', { name: t.confirm, exact: true }).click();
  await expect(page.getByText(`حُفظ «${ar.taxonomy.regions.europe}».`)).toBeVisible();

  await page.reload();
  await open(page, '/ar/creators/');
  const list = page.getByRole('region', { name: 'البحث المحفوظ (1)' });
  await expect(list.getByRole('link', { name: ar.taxonomy.regions.europe })).toHaveAttribute(
    'href',
    '/ar/creators/?region=europe',
  );
  await expect(list).toHaveCSS('direction', 'rtl');
  expect(await axeViolations(page)).toEqual([]);
  // The English page lists it too, and its link keeps the Arabic page's address.
  await open(page, '/creators/');
  await expect(savedList(page).getByRole('link')).toHaveAttribute(
    'href',
    '/ar/creators/?region=europe',
  );
});

test('says when the list is at its limit, and keeps the typed name', async ({ page }) => {
  await page.addInitScript((k) => {
    const searches = Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`,
      name: `Search ${i}`,
      path: '/creators/',
      query: `q=search${i}`,
      saved: 1_000 + i,
    }));
    localStorage.setItem(k, JSON.stringify({ version: 1, searches }));
  }, key);
  await open(page, '/creators/?q=food');
  await expect(savedList(page)).toHaveAccessibleName('Saved searches (50)');
  // Newest first.
  await expect(savedList(page).getByRole('link').first()).toHaveText('Search 49');
  await saveAs(page, 'One more');
  await expect(
    page.getByText('You have 50 saved searches here, the most this browser keeps.'),
  ).toBeVisible();
  await expect(nameField(page)).toHaveValue('One more');
});

test('keeps saved searches for the visit when the browser refuses storage', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
    });
  });
  await open(page, '/creators/?q=food');
  await expect(
    page.getByText('Your browser does not let this site store anything, so searches you save'),
  ).toBeVisible();
  await saveAs(page);
  await expect(savedList(page).getByRole('link', { name: '“food”' })).toHaveAttribute(
    'href',
    '/creators/?q=food',
  );
});
