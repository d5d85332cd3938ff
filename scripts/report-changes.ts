/**
 * Summarises what a branch changes in the editors' world, as Markdown for a pull request's job
 * summary: new, changed and removed stories, creators, brands and taxonomy values.
 *
 *   npm run report:changes                 compares HEAD with origin/main (or main)
 *   npm run report:changes -- <base>       compares HEAD with another branch, tag or commit
 *
 * Like a pull request, it compares HEAD with the point where it branched off the base
 * (`git diff <base>...HEAD`), so commits that landed on the base since then are not reported.
 * Exits 2, with one sentence saying what to do, when the base or the repository is unusable.
 *
 * The work is in scripts/lib/report-changes/: gather.ts over git-diff.ts, content-info.ts and
 * taxonomy-diff.ts builds the changes (changes.ts), render.ts writes them as Markdown.
 */
import { gatherChanges } from './lib/report-changes/gather.ts';
import { ReportError } from './lib/report-changes/git-diff.ts';
import { renderReport } from './lib/report-changes/render.ts';

const usage = `Summarises content changes as Markdown (for a pull request's job summary).

  npm run report:changes                 compare HEAD with origin/main (or main)
  npm run report:changes -- <base>       compare HEAD with another branch, tag or commit
`;

const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
} else if (args.length > 1) {
  console.error(
    `report:changes: expected at most one base, got ${args.length} arguments; run npm run report:changes -- <base>, for example origin/main.`,
  );
  process.exitCode = 2;
} else {
  try {
    process.stdout.write(renderReport(await gatherChanges(args[0])));
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    console.error(`report:changes: ${error.message}`);
    process.exitCode = 2;
  }
}
