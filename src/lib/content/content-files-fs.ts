import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where editors' content lives, relative to the project root (overridable for test fixtures). */
export const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? 'content';

const dataExtension = /\.(ya?ml)$/;

/** Folder listings by folder, kept while the folder's modification time stays the same. */
const listings = new Map<string, { mtimeMs: number; ids: string[] }>();

/**
 * The ids present in a data collection folder (`content/creators`, `content/brands`): file names
 * without their extension. The schemas ask once per reference, so the listing is kept and read
 * again only when the folder changes (adding, removing or renaming a file changes its mtime);
 * a file added while `astro dev` runs is still seen at once.
 */
export function listDataIds(root: string, collection: 'creators' | 'brands'): string[] {
  const folder = join(root, contentDir, collection);
  try {
    const { mtimeMs } = statSync(folder);
    const kept = listings.get(folder);
    if (kept?.mtimeMs === mtimeMs) return kept.ids;
    const ids = readdirSync(folder)
      .filter((name) => dataExtension.test(name))
      .map((name) => name.replace(dataExtension, ''))
      .sort();
    listings.set(folder, { mtimeMs, ids });
    return ids;
  } catch {
    return [];
  }
}

/** A content file's text, or the reason it cannot be read, in words for an editor. */
export type ContentText = { text: string } | { reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text. A byte-order mark is dropped (editors on Windows save one,
 * and it is not part of the content), and bytes that are not UTF-8 are a reason, not a crash:
 * Astro would read them as replacement characters and publish them.
 */
export function readContentText(absolute: string): ContentText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reasons: Record<string, string> = {
      EACCES: 'the file may not be read (its permissions forbid it)',
      EPERM: 'the file may not be read (its permissions forbid it)',
      EISDIR: 'it is a folder, not a file',
      ENOENT: 'the file disappeared while it was being checked',
    };
    return { reason: reasons[code] ?? `the file could not be opened (${code || String(error)})` };
  }
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { reason: 'it is not saved as UTF-8 text' };
  }
}

/**
 * The ids of the stories under a content folder: single files (`<id>.mdx`) and folders with an
 * index.mdx. For suggestions to an editor; the content checker lists the folder itself.
 */
export function listStoryIds(root: string): string[] {
  const folder = join(root, contentDir, 'stories');
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') || existsSync(join(folder, name, 'index.mdx')))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Writes a new file, never over one that exists (the editor commands' promise). Returns why it
 * was not written, in words for an editor that name the file as `shownAs`, or undefined when it
 * was written.
 */
export function writeNewFile(path: string, text: string, shownAs = path): string | undefined {
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return undefined;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'EEXIST') return `${shownAs} already exists; it was left as it is.`;
    if (code === 'ENOENT') return `${shownAs} could not be written: its folder does not exist.`;
    return `${shownAs} could not be written (${code || String(error)}).`;
  }
}
