/**
 * The compare page's script: reads ?c= from the address, fetches each creator's compare.json,
 * says what it left out and why, and builds the table as DOM nodes (text only, never HTML).
 */
import type { CompareItem, CompareRecord } from '#lib/compare/record.ts';
import {
  caption,
  compareCsv,
  compareTable,
  droppedMessages,
  emptyText,
  isCompareRecord,
  latestText,
  minCompare,
  requestedIds,
  type CompareStrings,
} from '#lib/compare/table.ts';
import { downloadCsv } from '#lib/search/creators/shortlist.ts';
import { carryQueryToLanguageLinks } from '../../../../islands/search/languageLinks.ts';

interface Config {
  text: CompareStrings;
  listSeparator: string;
  colon: string;
  provenance: { real: string; illustrative: string };
  locale: string;
  base: string;
}

/** An element with attributes and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A creator's compare record, or why there is none: not found, or not loaded. */
async function load(base: string, id: string): Promise<CompareRecord | 'unknown' | 'failed'> {
  try {
    const response = await fetch(`${base}${id}/compare.json`);
    if (response.status === 404) return 'unknown';
    if (!response.ok) return 'failed';
    const value: unknown = await response.json();
    return isCompareRecord(value, id) ? value : 'unknown';
  } catch {
    return 'failed';
  }
}

/** One value in a cell: a link where it has a page, a mention with its latest day, a story after its brand. */
function item(value: CompareItem, config: Config): Node {
  const text = value.href
    ? el(
        'a',
        {
          href: value.href,
          ...(value.lang ? { lang: value.lang } : {}),
          ...(value.dir ? { dir: value.dir } : {}),
        },
        value.t,
      )
    : el('span', {}, value.t);
  const parts: (Node | string)[] = [];
  if (value.brand) parts.push(el('bdi', {}, value.brand), config.colon);
  parts.push(text);
  if (value.date)
    parts.push(
      ' ',
      el(
        'span',
        { class: 'note' },
        el('time', { datetime: value.date }, latestText(value, config.text, config.locale)),
      ),
    );
  return el('li', {}, ...parts);
}

function header(record: CompareRecord, config: Config): HTMLTableCellElement {
  const name = el('bdi', record.nameLang ? { lang: record.nameLang } : {}, record.name);
  return el(
    'th',
    { scope: 'col' },
    el('a', { href: record.href }, name),
    ...(record.handle ? [el('span', { class: 'handle', dir: 'ltr' }, `@${record.handle}`)] : []),
    el(
      'span',
      { class: 'provenance' },
      record.illustrative ? config.provenance.illustrative : config.provenance.real,
    ),
  );
}

function table(records: CompareRecord[], config: Config, target: HTMLTableElement): void {
  const { text } = config;
  const rows = compareTable(records).map(({ row, differs, cells }) =>
    el(
      'tr',
      differs ? { class: 'differs' } : {},
      el(
        'th',
        { scope: 'row' },
        text.rows[row],
        ...(differs ? [el('span', { class: 'differs-mark' }, `≠ ${text.differs}`)] : []),
      ),
      ...cells.map((items) =>
        el(
          'td',
          {},
          items.length === 0
            ? el('span', { class: 'none' }, emptyText(row, text))
            : el('ul', {}, ...items.map((value) => item(value, config))),
        ),
      ),
    ),
  );
  target.replaceChildren(
    el(
      'caption',
      { id: 'compare-caption' },
      el('span', {}, caption(records, text, config.listSeparator, config.locale)),
    ),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, text.field),
        ...records.map((record) => header(record, config)),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

function download(records: CompareRecord[], config: Config): void {
  downloadCsv(
    compareCsv(records, config.text, config.colon, window.location.origin),
    config.text.csvFile,
  );
}

/** Fills the compare page from its address. */
export async function startCompare(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  const config = JSON.parse(root.dataset.compare ?? '{}') as Config;
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  const status = find('[data-status]');
  const dropped = find('[data-dropped]');
  const pick = find('[data-pick]');
  const toolbar = find('[data-toolbar]');
  const target = root.querySelector<HTMLTableElement>('[data-table]');
  const scroller = target?.parentElement;
  if (!status || !dropped || !pick || !toolbar || !target || !scroller) return;
  carryQueryToLanguageLinks();

  const requested = requestedIds(new URLSearchParams(window.location.search));
  if (requested.ids.length > 0) {
    status.textContent = config.text.loading;
    status.hidden = false;
  }
  const loaded = await Promise.all(requested.ids.map((id) => load(config.base, id)));
  const records = loaded.filter((value): value is CompareRecord => typeof value === 'object');
  const unknown = requested.ids.filter((_, index) => loaded[index] === 'unknown');

  status.hidden = !loaded.includes('failed');
  status.textContent = loaded.includes('failed') ? config.text.failed : '';
  const messages = droppedMessages(
    requested,
    unknown,
    config.text,
    config.listSeparator,
    config.locale,
  );
  dropped.replaceChildren(...messages.map((message) => el('li', {}, message)));
  dropped.hidden = messages.length === 0;

  if (records.length < minCompare) {
    pick.hidden = loaded.includes('failed');
    return;
  }
  table(records, config, target);
  scroller.hidden = false;
  toolbar.hidden = false;
  const only = root.querySelector<HTMLInputElement>('[data-only-differences]');
  only?.addEventListener('change', () => {
    for (const row of target.querySelectorAll<HTMLTableRowElement>('tbody tr'))
      row.hidden = only.checked && !row.classList.contains('differs');
  });
  find('[data-print]')?.addEventListener('click', () => window.print());
  find('[data-csv]')?.addEventListener('click', () => download(records, config));
}
