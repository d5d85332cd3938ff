/**
 * Checks all content without building the site and reports every problem at once, one per line:
 *
 *   path:line:col  field  what is wrong  how to fix
 *
 * Exits 1 when there is any problem. The build runs the same checks.
 *
 *   npm run check:content
 */
import { performance } from 'node:perf_hooks';
import { formatProblems } from '#lib/content/problems.ts';
import { inspectContent } from '#lib/content/validate-content-fs.ts';

const started = performance.now();
const { problems, counts } = inspectContent(process.cwd());
const elapsed = Math.round(performance.now() - started);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const checked = `${count(counts.stories, 'story', 'stories')}, ${count(counts.translations, 'translation', 'translations')}, ${count(counts.creators, 'creator', 'creators')} and ${count(counts.brands, 'brand', 'brands')} checked in ${elapsed} ms`;

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${checked}.`);
  process.exit(1);
}
console.log(`No problems: ${checked}.`);
