/**
 * Starts a translation of a story: writes content/stories/<slug>/<locale>.mdx beside the story's
 * index.mdx, with the original's title, summary, hero alt text, results and quotes in place to be
 * translated, and its body with the section headings already in the translation's language. It
 * never overwrites a file.
 *
 *   npm run new:translation -- <slug> <ar|ja>
 *   npm run new:translation -- --help
 */
import { parseArgs } from 'node:util';
import { startTranslation } from '#lib/content/new-translation-fs.ts';
import { translationNextSteps } from '#lib/content/translation-template.ts';
import { localeNames, translationLocales } from '#lib/content/translation-locales.ts';

const usage = `Start a translation of a story.

  npm run new:translation -- <slug> <locale>

  <slug>     the story's folder in content/stories/
  <locale>   ${translationLocales.map((locale) => `${locale} (${localeNames[locale]})`).join(' or ')}
`;

/** Stops with a message an editor can act on. */
function fail(message: string): never {
  console.error(`new:translation: ${message}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: { help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [slug, locale, ...rest] = positionals;
if (slug === undefined || locale === undefined || rest.length > 0)
  fail(
    `give the story and the language, for example npm run new:translation -- koho-kyne-financial-health ar.\n\n${usage}`,
  );

const started = startTranslation(process.cwd(), slug, locale);
if ('problem' in started) fail(started.problem);
console.log(`  created ${started.file}`);
console.log(`\n${translationNextSteps(started.file, started.locale)}`);
