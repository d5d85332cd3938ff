/**
 * The file `npm run new:translation` writes: a translation's front matter with the original's
 * words in place, ready to be translated, and the original's body with its required headings
 * already in the translation's language. Plain functions over the original's text; the command
 * reads and writes the files (new-translation-fs.ts).
 */
import { stringify } from 'yaml';
import { sectionHeadings, sectionIndex, secondLevelHeadings } from './section-headings.ts';
import { localeNames, type TranslationLocale } from './translation-locales.ts';

/** A story as read from its file: the front matter's values (valid or not) and the body. */
export interface OriginalText {
  data: unknown;
  body: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value of the original to translate: its text, or nothing when it is not text. */
function words(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The groups of fields in one of the original's lists (results, quotes); nothing when it is not a list. */
function items(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
}

/** YAML for a set of fields, one value a line (long text is not folded, so each is translated in place). */
function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A comment line of YAML; any line break in the text is kept out of it. */
function comment(text: string, indent = ''): string {
  return `${indent}# ${text.replace(/\s+/g, ' ').trim()}`;
}

/**
 * The original's body with each required section's English heading replaced by the heading in
 * `locale`; every other line is left as it is, for the translator to translate.
 */
export function localizeHeadings(body: string, locale: TranslationLocale): string {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  for (const heading of secondLevelHeadings(lines.join('\n'))) {
    const index = sectionIndex(heading.text, 'en');
    const localized = sectionHeadings[locale][index];
    if (localized !== undefined) lines[heading.line - 1] = `## ${localized}`;
  }
  return lines.join('\n');
}

/** The text of a new translation of the story `slug` into `locale`, from the original's text. */
export function translationTemplate(
  original: OriginalText,
  slug: string,
  locale: TranslationLocale,
): string {
  const story = isRecord(original.data) ? original.data : {};
  const language = localeNames[locale];
  const hero = isRecord(story.hero) ? story.hero : {};
  const results = items(story.results).map((result) => ({
    measures: words(result.measures),
    period: words(result.period),
  }));
  const quotes = items(story.quotes);
  const lines = [
    yaml({ translationOf: slug }),
    comment(`translator: who translated it, written in ${language}: a name or a team.`),
    'translator:',
    comment(
      `Below is the English of the original: translate each value into ${language} in place.`,
    ),
  ];
  if (story.illustrative === false) {
    lines.push(
      comment(
        'This is a real story: translate only what the English says, adding nothing (CONTRIBUTING.md, “Translating a story”).',
      ),
    );
  }
  lines.push(
    yaml({ title: words(story.title), summary: words(story.summary), heroAlt: words(hero.alt) }),
  );
  if (results.length > 0) {
    lines.push(
      comment(
        'One item per result of the original, in its order; the figure, its unit and its source stay the original’s.',
      ),
      yaml({ results }),
    );
  }
  if (quotes.length > 0) {
    lines.push(
      comment(
        'One item per quote of the original, in its order; who said it (by) and their side stay the original’s.',
      ),
      'quotes:',
    );
    for (const quote of quotes) {
      const speaker = [words(quote.by), typeof quote.side === 'string' ? `(${quote.side})` : '']
        .filter(Boolean)
        .join(' ');
      if (speaker) lines.push(comment(`Said by ${speaker}.`, '  '));
      lines.push(yaml([{ text: words(quote.text), role: words(quote.role) }]).replace(/^/gm, '  '));
    }
  }
  return `---\n${lines.join('\n')}\n---\n${localizeHeadings(original.body, locale)}`;
}

/** What an editor does next, once the file is written. */
export function translationNextSteps(file: string, locale: TranslationLocale): string {
  const language = localeNames[locale];
  return [
    `Next, in ${file}:`,
    `  1. Write who translated it after translator:, in ${language}.`,
    `  2. Translate the title, summary, heroAlt, each result's measures and period, each quote's text and role, and the body; the section headings are already in ${language}.`,
    '  3. In a real story, translate only what the English says, and keep a real person\'s exact words in English beside the translation, as <q lang="en">…</q>.',
    '  4. Run npm run check:content.',
  ].join('\n');
}
