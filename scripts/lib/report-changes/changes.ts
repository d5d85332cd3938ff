/**
 * What the content-change report shows, as plain data: `gatherChanges` (gather.ts) builds it from
 * git, `renderReport` (render.ts) turns it into Markdown, and tests build it by hand. Types and
 * one path, so the renderer and the git side depend on this file and not on each other.
 */

/** Where the allowed values live: the one file outside content/ that the report follows. */
export const taxonomyPath = 'src/lib/taxonomy.ts';

/** A story as the report shows it, read from its front matter. */
export interface StoryInfo {
  /** Folder (or file) name under content/stories/. */
  slug: string;
  /** The front matter's title, or the slug when there is none. */
  title: string;
  brand?: string | undefined;
  creators?: readonly string[] | undefined;
  /** `illustrative` from the front matter; undefined when it is missing. */
  illustrative?: boolean | undefined;
  /** The old slug, when the story's folder was renamed. */
  renamedFrom?: string | undefined;
}

/** A creator as the report shows it, read from content/creators/<id>.yaml. */
export interface CreatorInfo {
  /** The file name without its extension: what stories list under `creators`. */
  id: string;
  /** The platform handle without @, when the file gives one. */
  handle?: string | undefined;
  /** The creator's name, or the id when there is none. */
  name: string;
  /** ISO 3166-1 alpha-2 id from src/lib/taxonomy.ts. */
  country?: string | undefined;
  illustrative?: boolean | undefined;
  /** The old id, when the file was renamed. */
  renamedFrom?: string | undefined;
}

/** A brand as the report shows it, read from content/brands/<slug>.yaml. */
export interface BrandInfo {
  slug: string;
  /** The brand's name, or the slug when there is none. */
  name: string;
  illustrative?: boolean | undefined;
  renamedFrom?: string | undefined;
}

/** Items added, changed and removed in one kind of content. */
export interface ChangeSet<T> {
  added: readonly T[];
  changed: readonly T[];
  removed: readonly T[];
}

/** One value of a vocabulary in src/lib/taxonomy.ts. */
export interface TaxonomyEntry {
  /** The vocabulary's name, for example `niches`. */
  vocabulary: string;
  id: string;
  label?: string | undefined;
}

/** A value whose id stayed and whose fields did not. */
export interface TaxonomyValueChange extends TaxonomyEntry {
  /** The label on the base, when the label is what changed. */
  previousLabel?: string | undefined;
  /** The other fields that changed (`region`, `blurb`, …), in the order the value lists them. */
  fields: readonly string[];
}

/** How src/lib/taxonomy.ts changed, value by value. */
export interface TaxonomyChanges {
  /** Whether src/lib/taxonomy.ts differs at all (a comment or a reordering counts). */
  fileChanged: boolean;
  added: readonly TaxonomyEntry[];
  changed?: readonly TaxonomyValueChange[] | undefined;
  removed?: readonly TaxonomyEntry[] | undefined;
  /**
   * Why the values were not compared (one revision has no taxonomy file, or it would not load),
   * as a sentence for the reader; undefined when they were.
   */
  notCompared?: string | undefined;
}

/** Everything the report shows. */
export interface ContentChanges {
  /** The base as the user named it, for example `origin/main`. */
  base: string;
  stories: ChangeSet<StoryInfo>;
  creators: ChangeSet<CreatorInfo>;
  brands: ChangeSet<BrandInfo>;
  taxonomy: TaxonomyChanges;
  /** Other changed files under content/, as `status path` (for example `M content/README.md`). */
  otherFiles?: readonly string[] | undefined;
}
