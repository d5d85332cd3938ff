/**
 * Compares src/lib/taxonomy.ts at two revisions value by value. Each revision's file is loaded as
 * the module it is, not read as text: it imports nothing, so a copy written to a temporary folder
 * loads under Node's type stripping, and the values come out as data whatever the file's layout
 * (one value a line, or Prettier's one field a line). Code from the compared revisions runs here,
 * as it does in the rest of CI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRecord } from '#lib/content/records.ts';
import {
  taxonomyPath,
  type TaxonomyChanges,
  type TaxonomyEntry,
  type TaxonomyValueChange,
} from './changes.ts';

/** One value as a revision's module holds it: its entry, and every field for comparing. */
export interface TaxonomyValue extends TaxonomyEntry {
  fields: Readonly<Record<string, unknown>>;
}

/** A list of values with string ids: what every vocabulary in taxonomy.ts is. */
function isVocabulary(value: unknown): value is readonly Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => isRecord(item) && typeof item.id === 'string')
  );
}

/**
 * The values of every vocabulary a taxonomy module exports. Vocabularies come in the order of its
 * `taxonomy` map (the names editors use), then any other exported vocabulary by name, so a list
 * left out of the map is still compared; values keep their order within a vocabulary.
 *
 * @param module The module's namespace, as `import()` gives it.
 */
export function taxonomyValues(module: Readonly<Record<string, unknown>>): TaxonomyValue[] {
  const vocabularies: [string, readonly Record<string, unknown>[]][] = [];
  const seen = new Set<unknown>();
  const take = (name: string, value: unknown) => {
    if (!isVocabulary(value) || seen.has(value)) return;
    seen.add(value);
    vocabularies.push([name, value]);
  };
  const map = module.taxonomy;
  if (isRecord(map)) for (const [name, value] of Object.entries(map)) take(name, value);
  // A namespace lists its exports by name already; sorting says the order does not depend on it.
  for (const name of Object.keys(module).sort()) take(name, module[name]);

  return vocabularies.flatMap(([vocabulary, values]) =>
    values.map((fields) => ({
      vocabulary,
      id: String(fields.id),
      label: typeof fields.label === 'string' ? fields.label : undefined,
      fields,
    })),
  );
}

const keyOf = (value: TaxonomyEntry) => `${value.vocabulary}\u0000${value.id}`;
const entryOf = ({ vocabulary, id, label }: TaxonomyEntry): TaxonomyEntry => ({
  vocabulary,
  id,
  label,
});

/** The fields other than id and label whose values differ, in the order `now` lists them. */
function changedFields(old: TaxonomyValue, now: TaxonomyValue): string[] {
  const names = new Set([...Object.keys(now.fields), ...Object.keys(old.fields)]);
  names.delete('id');
  names.delete('label');
  // Values are literals (strings, numbers, the odd list), so their JSON is a fair comparison.
  return [...names].filter(
    (name) => JSON.stringify(old.fields[name]) !== JSON.stringify(now.fields[name]),
  );
}

/**
 * The values added, changed and removed between two revisions, matched by vocabulary and id.
 * Added and changed values are in the order of `after`, removed ones in the order of `before`.
 *
 * @param before The values on the base, from {@link taxonomyValues}.
 * @param after The values at HEAD.
 */
export function diffTaxonomy(
  before: readonly TaxonomyValue[],
  after: readonly TaxonomyValue[],
): { added: TaxonomyEntry[]; changed: TaxonomyValueChange[]; removed: TaxonomyEntry[] } {
  const old = new Map(before.map((value) => [keyOf(value), value]));
  const nowKeys = new Set(after.map(keyOf));
  const added: TaxonomyEntry[] = [];
  const changed: TaxonomyValueChange[] = [];
  for (const value of after) {
    const was = old.get(keyOf(value));
    if (was === undefined) {
      added.push(entryOf(value));
      continue;
    }
    const fields = changedFields(was, value);
    const previousLabel = was.label === value.label ? undefined : (was.label ?? 'no label');
    if (fields.length > 0 || previousLabel !== undefined) {
      changed.push({ ...entryOf(value), previousLabel, fields });
    }
  }
  const removed = before.filter((value) => !nowKeys.has(keyOf(value))).map(entryOf);
  return { added, changed, removed };
}

/**
 * Loads the text of a taxonomy module as a module, from a temporary folder removed afterwards.
 * `.mts` makes it an ES module wherever the temporary folder is (a `.ts` file's kind depends on
 * the nearest package.json).
 *
 * @param source The text of src/lib/taxonomy.ts at some revision.
 * @returns Its values, from {@link taxonomyValues}.
 * @throws Whatever loading throws: a syntax error, an import that a lone copy cannot resolve, a
 *   TypeScript construct that type stripping cannot erase (an `enum`, say).
 */
export async function importTaxonomy(source: string): Promise<TaxonomyValue[]> {
  const folder = mkdtempSync(join(tmpdir(), 'casebook-taxonomy-'));
  const file = join(folder, 'taxonomy.mts');
  const url = pathToFileURL(file).href;
  try {
    writeFileSync(file, source);
    const module: unknown = await import(/* @vite-ignore */ url);
    return isRecord(module) ? taxonomyValues(module) : [];
  } catch (error) {
    // The temporary copy is gone once this returns; the reader knows the file by its own path.
    const message = error instanceof Error ? error.message : String(error);
    const named = message
      .replaceAll(url, taxonomyPath)
      .replaceAll(file, taxonomyPath)
      .replaceAll(pathToFileURL(folder).href, dirname(taxonomyPath))
      .replaceAll(folder, dirname(taxonomyPath));
    throw new Error(named, { cause: error });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One end of the comparison: the file's text there, and how the report names that revision. */
export interface TaxonomyRevision {
  /** The text of src/lib/taxonomy.ts; undefined when the revision has no such file. */
  source: string | undefined;
  /** For messages, for example "the merge base with origin/main (1a2b3c4)" or "HEAD". */
  name: string;
}

/**
 * Compares the taxonomy at two revisions. When either revision has no taxonomy file, or its file
 * will not load, the values are not compared and `notCompared` says why, for the reader of the
 * report: a wrong list of values would be worse than none.
 *
 * @param before The base.
 * @param after HEAD.
 */
export async function compareTaxonomies(
  before: TaxonomyRevision,
  after: TaxonomyRevision,
): Promise<TaxonomyChanges> {
  const load = async (revision: TaxonomyRevision): Promise<TaxonomyValue[] | string> => {
    if (revision.source === undefined) return `${revision.name} has no ${taxonomyPath}`;
    try {
      return await importTaxonomy(revision.source);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return `${revision.name} has a ${taxonomyPath} that did not load (${message ?? 'no message'}); the report loads it on its own under Node's type stripping, so it must import nothing and use only TypeScript that can be erased`;
    }
  };
  const [old, now] = await Promise.all([load(before), load(after)]);
  if (typeof old === 'string' || typeof now === 'string') {
    const reasons = [old, now].filter((side) => typeof side === 'string').join('; ');
    return {
      fileChanged: true,
      added: [],
      notCompared: `${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}. Its values were not compared: read the diff of ${taxonomyPath} instead.`,
    };
  }
  return { fileChanged: true, ...diffTaxonomy(old, now) };
}
