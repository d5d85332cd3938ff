/**
 * Puts the report together: the paths a branch changes (git-diff.ts), what each one is and says
 * (content-info.ts), and how the taxonomy's values moved (taxonomy-diff.ts), as one
 * {@link ContentChanges} for render.ts.
 */
import {
  taxonomyPath,
  type BrandInfo,
  type ChangeSet,
  type ContentChanges,
  type CreatorInfo,
  type StoryInfo,
} from './changes.ts';
import { brandInfo, classify, creatorInfo, idOf, storyInfo } from './content-info.ts';
import { diffBranch } from './git-diff.ts';
import { compareTaxonomies } from './taxonomy-diff.ts';

type Status = 'A' | 'M' | 'D';

/** What is known of one story: its files are reported together, under its slug. */
interface StoryState {
  index?: Status | undefined;
  renamedFrom?: string | undefined;
  oldIndexPath?: string | undefined;
  newIndexPath?: string | undefined;
}

/** Lists to fill, then sort into a {@link ChangeSet}. */
interface Collected<T> {
  added: T[];
  changed: T[];
  removed: T[];
}

const listFor = { A: 'added', M: 'changed', D: 'removed' } as const;

function collected<T>(): Collected<T> {
  return { added: [], changed: [], removed: [] };
}

/** Sorted by id, so the report does not depend on the order git lists files in. */
function sorted<T>(set: Collected<T>, id: (item: T) => string): ChangeSet<T> {
  const byId = (a: T, b: T) => id(a).localeCompare(id(b));
  return {
    added: set.added.sort(byId),
    changed: set.changed.sort(byId),
    removed: set.removed.sort(byId),
  };
}

/**
 * Finds what HEAD changes under content/ and in src/lib/taxonomy.ts compared with a base ref,
 * the way a pull request shows it (`git diff -M <base>...HEAD`): old files are read at the merge
 * base, new ones at HEAD.
 *
 * @param base A branch, tag or commit; when omitted, `origin/main`, else `main`.
 * @param cwd Any folder inside the repository (defaults to the current one).
 * @throws {ReportError} When git or the base is unusable (see `diffBranch`).
 */
export async function gatherChanges(
  base?: string,
  cwd: string = process.cwd(),
): Promise<ContentChanges> {
  const diff = diffBranch(base, cwd, ['content', taxonomyPath]);
  const { before, after } = diff;

  const stories = new Map<string, StoryState>();
  const creators = collected<CreatorInfo>();
  const brands = collected<BrandInfo>();
  const otherFiles: string[] = [];

  /** Records one side of a change: a file that appeared, disappeared, or changed in place. */
  const record = (status: Status, path: string, oldPath: string, renamedFrom?: string): void => {
    const what = classify(path);
    switch (what.kind) {
      case 'story': {
        const state = stories.get(what.slug) ?? {};
        stories.set(what.slug, state);
        // Any other file of the story (its hero image) changes the story, whatever happened to it.
        if (!what.index) return;
        // Two index files for one slug, one going and one coming (`<slug>.mdx` made into
        // `<slug>/index.mdx`), are one story that changed.
        state.index = state.index === undefined || state.index === status ? status : 'M';
        if (status !== 'A') state.oldIndexPath = oldPath;
        if (status !== 'D') state.newIndexPath = path;
        if (renamedFrom !== undefined) state.renamedFrom = renamedFrom;
        return;
      }
      case 'creator': {
        const info = creatorInfo(what.id, status === 'D' ? before(oldPath) : after(path));
        if (renamedFrom !== undefined) info.renamedFrom = renamedFrom;
        creators[listFor[status]].push(info);
        return;
      }
      case 'brand': {
        const info = brandInfo(what.id, status === 'D' ? before(oldPath) : after(path));
        if (renamedFrom !== undefined) info.renamedFrom = renamedFrom;
        brands[listFor[status]].push(info);
        return;
      }
      case 'taxonomy':
        // Compared as a whole below, value by value.
        return;
      case 'other':
        if (path.startsWith('content/')) otherFiles.push(`${status} ${path}`);
        return;
    }
  };

  for (const { status, oldPath, newPath } of diff.entries) {
    if (oldPath !== undefined && newPath !== undefined && oldPath !== newPath) {
      // A rename within one kind (a story folder, a creator's file) changes that item; any other
      // rename removes one thing and adds another.
      const from = classify(oldPath);
      const to = classify(newPath);
      const sameKind =
        from.kind === to.kind &&
        (from.kind === 'creator' ||
          from.kind === 'brand' ||
          (from.kind === 'story' && to.kind === 'story' && from.index === to.index));
      if (sameKind) {
        const oldId = idOf(from);
        record('M', newPath, oldPath, oldId === idOf(to) ? undefined : oldId);
      } else {
        record('D', oldPath, oldPath);
        record('A', newPath, newPath);
      }
    } else if (status === 'A' && newPath !== undefined) {
      record('A', newPath, newPath);
    } else if (status === 'D' && oldPath !== undefined) {
      record('D', oldPath, oldPath);
    } else if (newPath !== undefined) {
      record('M', newPath, oldPath ?? newPath);
    }
  }

  const storyChanges = collected<StoryInfo>();
  for (const [slug, state] of stories) {
    if (state.index === 'A') {
      storyChanges.added.push(storyInfo(slug, after(state.newIndexPath)));
    } else if (state.index === 'D') {
      storyChanges.removed.push(storyInfo(slug, before(state.oldIndexPath)));
    } else {
      // Changed text, or only a changed hero image: describe the story as it is now.
      const source =
        after(state.newIndexPath ?? `content/stories/${slug}/index.mdx`) ??
        after(`content/stories/${slug}.mdx`);
      const info = storyInfo(slug, source);
      if (state.renamedFrom !== undefined) info.renamedFrom = state.renamedFrom;
      storyChanges.changed.push(info);
    }
  }

  const taxonomyChanged = diff.entries.some(
    (entry) => entry.oldPath === taxonomyPath || entry.newPath === taxonomyPath,
  );
  const taxonomy = taxonomyChanged
    ? await compareTaxonomies(
        {
          source: before(taxonomyPath),
          name: `the merge base with ${diff.base} (${diff.mergeBase.slice(0, 7)})`,
        },
        { source: after(taxonomyPath), name: 'HEAD' },
      )
    : { fileChanged: false, added: [] };

  return {
    base: diff.base,
    stories: sorted(storyChanges, (story) => story.slug),
    creators: sorted(creators, (creator) => creator.id),
    brands: sorted(brands, (brand) => brand.slug),
    taxonomy,
    otherFiles: otherFiles.sort(),
  };
}
