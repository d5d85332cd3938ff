import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where editors' content lives, relative to the project root (overridable for test fixtures). */
export const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? 'content';

const dataExtension = /\.(ya?ml)$/;

/**
 * The ids present in a data collection folder (`content/creators`, `content/brands`): file names
 * without their extension. Read on every call so that a file added while `astro dev` runs is
 * seen at once; the folders hold tens of files, so this costs microseconds.
 */
export function listDataIds(root: string, collection: 'creators' | 'brands'): string[] {
  try {
    return readdirSync(join(root, contentDir, collection))
      .filter((name) => dataExtension.test(name))
      .map((name) => name.replace(dataExtension, ''))
      .sort();
  } catch {
    return [];
  }
}
