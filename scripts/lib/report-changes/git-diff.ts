/**
 * The git side of the report: which base to compare with, the paths a branch changes since it
 * left that base, and a file's text at either end. Runs git without a shell; every failure the
 * person running the report can fix becomes a {@link ReportError} saying how.
 */
import { execFileSync } from 'node:child_process';
import { isRecord } from '#lib/content/records.ts';

/** A problem the person running the report can fix; its message says how. */
export class ReportError extends Error {
  override name = 'ReportError';
}

type Git = (args: readonly string[]) => Buffer;

/** Runs git in `cwd`; throws with git's own message on failure. */
function gitIn(cwd: string): Git {
  return (args) =>
    execFileSync('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
}

/** The commit a ref names, or undefined when git does not know it. */
function commitOf(git: Git, ref: string): string | undefined {
  try {
    return (
      git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
        .toString()
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** One line of `git diff --name-status`: status letter, and the old and new paths. */
export interface DiffEntry {
  /** `A`, `M`, `D`, `R` (renamed) or `C` (copied; only the copy is given, as a new path). */
  status: string;
  oldPath?: string | undefined;
  newPath?: string | undefined;
}

/**
 * Parses `git diff --name-status -z` output (NUL-separated, so any file name survives).
 *
 * @param output What git printed.
 */
export function parseNameStatus(output: string): DiffEntry[] {
  const fields = output.split('\0');
  const entries: DiffEntry[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    if (status === '') continue;
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++];
      const to = fields[i++];
      entries.push({ status: letter, oldPath: letter === 'R' ? from : undefined, newPath: to });
    } else {
      const path = fields[i++];
      if (letter === 'A') entries.push({ status: 'A', newPath: path });
      else if (letter === 'D') entries.push({ status: 'D', oldPath: path });
      else entries.push({ status: 'M', oldPath: path, newPath: path });
    }
  }
  return entries;
}

/** A branch measured against its base, as a pull request measures it. */
export interface BranchDiff {
  /** The base as named (or as found, when none was named). */
  base: string;
  /** The commit where HEAD left the base: old files are read there. */
  mergeBase: string;
  /** What changed under the paths asked for, `git diff -M <base>...HEAD`. */
  entries: DiffEntry[];
  /** A file's text at the merge base; undefined when it is not there (or no path is given). */
  before: (path: string | undefined) => string | undefined;
  /** A file's text at HEAD; undefined when it is not there (or no path is given). */
  after: (path: string | undefined) => string | undefined;
}

/** What git prints, as text. The byte-order mark is dropped, as the content checker drops it. */
const utf8 = new TextDecoder('utf-8');

/**
 * Finds what HEAD changes under `paths` compared with a base, the way a pull request shows it:
 * from the point where HEAD branched off the base, so commits that landed on the base since then
 * are not counted.
 *
 * @param base A branch, tag or commit; when omitted, `origin/main`, else `main`.
 * @param cwd Any folder inside the repository.
 * @param paths The paths to compare, relative to the repository root.
 * @throws {ReportError} When git is missing, `cwd` is not in a repository, or the base is unknown
 *   or shares no history with HEAD; the message says how to fix it.
 */
export function diffBranch(
  base: string | undefined,
  cwd: string,
  paths: readonly string[],
): BranchDiff {
  let top: string;
  try {
    top = gitIn(cwd)(['rev-parse', '--show-toplevel']).toString().trim();
  } catch (error) {
    if (isRecord(error) && error.code === 'ENOENT') {
      throw new ReportError(
        'git is not installed or not on the PATH; install git and run the report again.',
      );
    }
    throw new ReportError(
      `${cwd} is not inside a git repository; run the report from a clone of the Casebook repository.`,
    );
  }
  const git = gitIn(top);

  if (commitOf(git, 'HEAD') === undefined) {
    throw new ReportError(
      'This repository has no commits yet; commit your work, then run the report again.',
    );
  }

  let baseRef: string;
  if (base === undefined) {
    const found = ['origin/main', 'main'].find((ref) => commitOf(git, ref) !== undefined);
    if (found === undefined) {
      throw new ReportError(
        'Neither origin/main nor main exists here; fetch the main branch (git fetch origin main) or name a base: npm run report:changes -- <branch, tag or commit>.',
      );
    }
    baseRef = found;
  } else {
    if (base.trim() === '' || base.startsWith('-')) {
      throw new ReportError(
        `"${base}" is not a branch, tag or commit name; run npm run report:changes -- <base>, for example origin/main.`,
      );
    }
    if (commitOf(git, base) === undefined) {
      throw new ReportError(
        `git does not know the base "${base}"; fetch it first (for example git fetch origin main) or name an existing branch, tag or commit: npm run report:changes -- origin/main.`,
      );
    }
    baseRef = base;
  }

  let mergeBase: string;
  try {
    mergeBase = git(['merge-base', baseRef, 'HEAD']).toString().trim();
  } catch {
    throw new ReportError(
      `HEAD shares no history with "${baseRef}"; if this is a shallow clone, fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) and run the report again.`,
    );
  }

  const entries = parseNameStatus(
    git([
      'diff',
      '--name-status',
      '-z',
      '--no-color',
      '--no-ext-diff',
      '-M',
      `${baseRef}...HEAD`,
      '--',
      ...paths,
    ]).toString(),
  );

  const show = (rev: string, path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    try {
      return utf8.decode(git(['show', `${rev}:${path}`]));
    } catch {
      return undefined;
    }
  };
  return {
    base: baseRef,
    mergeBase,
    entries,
    before: (path) => show(mergeBase, path),
    after: (path) => show('HEAD', path),
  };
}
