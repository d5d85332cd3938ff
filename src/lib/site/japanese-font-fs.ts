/**
 * The Japanese type of the Japanese pages: Noto Sans JP cut down to the characters those pages
 * use (the Japanese strings, the Japanese translations, the names in content) plus kana and
 * full-width forms a reader may type. One file per weight, so a reader downloads it once for
 * the whole site and a page's stylesheet carries two short @font-face rules; characters outside
 * it (a rare kanji typed into the search) come from the reader's own Japanese font.
 *
 * The files are kept in node_modules/.astro/fonts/ under a hash of their characters and cut
 * again only when those change; astro.config.mjs serves them through the Fonts API.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dayNumber } from '#lib/search/days.ts';
import { contentDir } from '../content/content-files-fs.ts';

const run = promisify(execFile);

/** The full fonts the cut is made from, by weight. */
const sources = {
  '400': 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  '700': 'node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

/** How long a cut nobody uses is kept, in days. */
const unusedDays = 30;

export type JapaneseWeight = keyof typeof sources;

/** The blocks the cut draws from: Japanese punctuation, kana, kanji and full-width forms. */
export const japaneseRanges = [
  'U+3000-30FF',
  'U+3400-4DBF',
  'U+4E00-9FFF',
  'U+F900-FAFF',
  'U+FF00-FFEF',
] as const;

function inJapaneseRanges(code: number): boolean {
  return japaneseRanges.some((range) => {
    const [from = '', to = ''] = range.slice(2).split('-');
    return code >= parseInt(from, 16) && code <= parseInt(to, 16);
  });
}

/** Every character in the Japanese blocks that the site's Japanese pages can show. */
export function japaneseCharacters(root: string): string {
  const texts: string[] = [];
  const strings = join(root, 'src/lib/strings/ja.ts');
  if (existsSync(strings)) texts.push(readFileSync(strings, 'utf8'));
  for (const folder of ['stories', 'creators', 'brands'].map((name) => join(contentDir, name))) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /^ja\.mdx$|\.ya?ml$/.test(entry.name))
        texts.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    }
  }
  const codes = new Set<number>();
  for (const char of texts.join('')) {
    const code = char.codePointAt(0) ?? 0;
    if (inJapaneseRanges(code)) codes.add(code);
  }
  // Kana, Japanese punctuation and full-width Latin, which a reader may type into the search.
  for (let code = 0x3000; code <= 0x30ff; code++) codes.add(code);
  for (let code = 0xff01; code <= 0xff5e; code++) codes.add(code);
  return String.fromCodePoint(...[...codes].sort((a, b) => a - b));
}

/** The cut fonts for the site's current text, made where missing; by weight, paths from `root`. */
export async function japaneseFonts(root: string): Promise<Record<JapaneseWeight, string>> {
  const characters = japaneseCharacters(root);
  const folder = join(root, 'node_modules/.astro/fonts');
  mkdirSync(folder, { recursive: true });
  const hash = createHash('sha256')
    .update(characters)
    .update(readFileSync(join(root, 'node_modules/subset-font/package.json')))
    .digest('hex')
    .slice(0, 12);
  const weights = Object.keys(sources) as JapaneseWeight[];
  const files = Object.fromEntries(
    weights.map((weight) => [
      weight,
      `node_modules/.astro/fonts/noto-sans-jp-${weight}-${hash}.woff2`,
    ]),
  ) as Record<JapaneseWeight, string>;
  const missing = weights.filter((weight) => !existsSync(join(root, files[weight])));
  if (missing.length > 0) {
    const list = join(folder, `japanese-${hash}.txt`);
    writeFileSync(list, characters);
    const started = Date.now();
    await Promise.all(
      missing.map((weight) =>
        run(process.execPath, [
          join(root, 'scripts/subset-font.ts'),
          join(root, sources[weight]),
          list,
          join(root, files[weight]),
        ]),
      ),
    );
    rmSync(list);
    console.log(
      `Japanese font: ${String(characters.length)} characters cut in ${String(Date.now() - started)} ms`,
    );
  }
  // Cuts for text the site no longer has go once unused for a month (the folder may serve
  // several checkouts of the site at once, each with its own text).
  const now = new Date();
  for (const file of Object.values(files)) utimesSync(join(root, file), now, now);
  const current = new Set(Object.values(files).map((file) => file.split('/').pop()));
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (
      name.startsWith('noto-sans-jp-') &&
      !current.has(name) &&
      dayNumber(now) - dayNumber(statSync(path).mtime) > unusedDays
    )
      rmSync(path);
  }
  return files;
}
