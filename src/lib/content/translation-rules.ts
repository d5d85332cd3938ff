/**
 * The rules a translation (`content/stories/<slug>/<locale>.mdx`) follows beyond its schema:
 * its file is named after a translation locale, it sits in the folder of the story it
 * translates, it has as many results and quotes as that story, and it gives none of the fields
 * that only the original gives. Plain functions over what the files hold; the content checker
 * reads the files and places each problem at its line.
 */
import { say } from './problems.ts';
import { shapeOnlyHelpers, storySchema, translationSchema } from './schema.ts';
import {
  missingSections,
  sectionHeadings,
  sectionIndex,
  secondLevelHeadings,
} from './section-headings.ts';
import {
  isTranslationLocale,
  localeNames,
  translationLocales,
  type TranslationLocale,
} from './translation-locales.ts';

/** A problem at a field of the translation's front matter. */
export interface TranslationProblem {
  path: (string | number)[];
  /** A `say()` message. */
  message: string;
}

const allowedNames = translationLocales.map((locale) => `${locale}.mdx (${localeNames[locale]})`);
const allowedList = `${allowedNames.slice(0, -1).join(', ')} or ${allowedNames.at(-1) ?? ''}`;

/** Names people give a translation file instead of its locale's, by what they wrote (lowercase). */
const localeAliases: Record<string, TranslationLocale> = {
  jp: 'ja',
  jpn: 'ja',
  japanese: 'ja',
  ara: 'ar',
  arabic: 'ar',
};

/** The locale a misnamed translation file was probably meant to have, if any. */
function meantLocale(name: string): TranslationLocale | undefined {
  const lower = name.toLowerCase();
  const base = lower.split(/[-_]/)[0] ?? lower;
  for (const candidate of [lower, base]) {
    if (isTranslationLocale(candidate)) return candidate;
    const alias = localeAliases[candidate];
    if (alias) return alias;
  }
  return undefined;
}

/**
 * The problem with the name of an MDX file beside a story's index.mdx, or undefined when it is a
 * translation's (`ar.mdx`, `ja.mdx`). Such a file is not published under any other name.
 */
export function translationFileProblem(fileName: string): string | undefined {
  const name = fileName.replace(/\.mdx$/, '');
  if (isTranslationLocale(name)) return undefined;
  if (name.toLowerCase() === 'en')
    return say(
      `"${fileName}" would be a second English story: the English story is the index.mdx beside it.`,
      `put the English text in index.mdx and remove ${fileName}; a translation is named ${allowedList}.`,
    );
  const meant = meantLocale(name);
  if (meant)
    return say(
      `"${fileName}" is not named after a language stories are translated into. Did you mean "${meant}.mdx"?`,
      `rename it ${meant}.mdx; a translation is named ${allowedList}.`,
    );
  return say(
    `"${fileName}" is not named after a language stories are translated into, so it is not published.`,
    `name a translation ${allowedList}; the story itself is index.mdx, and other text belongs in it.`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The original story of a translation, as far as the checker could read it. */
export type Original = { file: string; data: unknown } | { file: string; unreadable: string };

export interface TranslationFacts {
  /** The name of the folder the translation is in: the id of the story it must translate. */
  folder: string;
  locale: TranslationLocale;
  /** The front matter, as read (valid or not). */
  data: unknown;
  /** The story in the folder; undefined when there is none. */
  original: Original | undefined;
  /** Where the story would be, from the project root: `content/stories/<folder>/index.mdx`. */
  originalPath: string;
  /** Every story id there is, to tell whether translationOf names another story. */
  storyIds: ReadonlySet<string>;
}

/** The lists a translation gives one item for per item of the original, and what each item holds. */
const perItem = {
  results: { noun: 'result', fields: 'measures: and period:' },
  quotes: { noun: 'quote', fields: 'text: and role:' },
} as const;

/**
 * The translation's problems with where it sits and with its original: translationOf names the
 * folder's story, that story exists and can be read, and results and quotes have one item per
 * item of the original. The original's own problems are its own: when its lists cannot be read
 * as lists, nothing is compared with them.
 */
export function translationProblems(facts: TranslationFacts): TranslationProblem[] {
  const { folder, locale, data, original, originalPath, storyIds } = facts;
  const problems: TranslationProblem[] = [];
  const add = (path: (string | number)[], what: string, fix: string) =>
    problems.push({ path, message: say(what, fix) });
  const fields = isRecord(data) ? data : {};
  const named = typeof fields.translationOf === 'string' ? fields.translationOf.trim() : undefined;
  const storiesDir = originalPath.split('/').slice(0, -2).join('/');
  const elsewhere = (id: string) => `${storiesDir}/${id}/${locale}.mdx`;
  if (original === undefined) {
    const fix =
      named && named !== folder && storyIds.has(named)
        ? `if it translates "${named}", move it to ${elsewhere(named)}, beside that story.`
        : 'move this file into the folder of the story it translates, beside its index.mdx.';
    add(
      ['translationOf'],
      `There is no story "${folder}" for this translation: ${originalPath} does not exist.`,
      fix,
    );
    return problems;
  }
  if (named && named !== folder) {
    const fix = storyIds.has(named)
      ? `write translationOf: ${folder} if it translates the story beside it; if it translates "${named}", move it to ${elsewhere(named)}.`
      : `write translationOf: ${folder}, the story beside it.`;
    add(
      ['translationOf'],
      `"translationOf" is "${named}", but this file is in the folder of the story "${folder}".`,
      fix,
    );
  }
  if ('unreadable' in original) {
    add(
      ['translationOf'],
      `The story "${folder}" cannot be checked: ${original.unreadable}.`,
      'correct that file first; its own problem is listed under its name.',
    );
    return problems;
  }
  const story = isRecord(original.data) ? original.data : {};
  for (const list of ['results', 'quotes'] as const) {
    const { noun, fields: itemFields } = perItem[list];
    const theirs = story[list];
    const ours = fields[list];
    // A list the original or the translation writes as something else is reported by its schema.
    if (
      (theirs !== undefined && !Array.isArray(theirs)) ||
      (ours !== undefined && !Array.isArray(ours))
    )
      continue;
    const expected = theirs?.length ?? 0;
    const given = ours?.length ?? 0;
    if (expected === given) continue;
    const inOrder = `in the order ${original.file} lists them`;
    if (expected === 0)
      add(
        [list],
        `The original has no ${noun}s, but this translation has ${plural(given, noun)}.`,
        `remove ${list}; a translation has only the original's ${noun}s to translate.`,
      );
    else if (ours === undefined)
      add(
        [list],
        `"${list}" is missing: the original has ${plural(expected, noun)}.`,
        `add ${list}: with ${itemFields} for each of them, ${inOrder}.`,
      );
    else
      add(
        [list],
        `"${list}" has ${plural(given, 'item')}, but the original has ${plural(expected, noun)}.`,
        `give one item (${itemFields}) for each of the original's ${plural(expected, noun)}, ${inOrder}.`,
      );
  }
  return problems;
}

const storyShape = storySchema(shapeOnlyHelpers).shape;
const translationShape = translationSchema(shapeOnlyHelpers).shape;
/** The field names of `all` that are not in `kept`. */
const without = (all: object, kept: object) => Object.keys(all).filter((key) => !(key in kept));

/**
 * The fields only the original gives, by where they are: at the top, or in a result or a quote.
 * Read from the two schemas, so a field added to stories is known to belong to the original.
 */
export const originalOnlyFields: Record<'top' | 'results' | 'quotes', readonly string[]> = {
  top: without(storyShape, translationShape),
  results: without(
    storyShape.results.unwrap().element.shape,
    translationShape.results.unwrap().element.shape,
  ),
  quotes: without(
    storyShape.quotes.unwrap().element.shape,
    translationShape.quotes.unwrap().element.shape,
  ),
};

/**
 * For a field a translation does not know (at `path`, its last part the field's name), the
 * message saying it comes from the original, when it is one of the original's fields.
 */
export function originalFieldProblem(
  path: readonly PropertyKey[],
  originalPath: string,
): string | undefined {
  const key = String(path.at(-1));
  if (path.length === 1 && originalOnlyFields.top.includes(key)) {
    if (key === 'hero')
      return say(
        '"hero" comes from the original story; only its alt text is translated.',
        'remove hero, and write the translated alt text as heroAlt: "…".',
      );
    return say(
      `"${key}" comes from the original story, so a translation does not repeat it.`,
      `remove it; to change it, change it in ${originalPath}.`,
    );
  }
  const [list, index] = path;
  if (
    path.length === 3 &&
    (list === 'results' || list === 'quotes') &&
    typeof index === 'number' &&
    originalOnlyFields[list].includes(key)
  ) {
    const gives =
      list === 'results' ? 'what it measures and its period' : 'its words and the speaker’s role';
    const stays =
      list === 'results'
        ? 'the figure, its unit and its source are the original’s'
        : 'who said it and their side are the original’s';
    return say(
      `"${key}" comes from ${perItem[list].noun} ${index + 1} of the original story; a translation gives only ${gives}.`,
      `remove it; ${stays}.`,
    );
  }
  return undefined;
}

/**
 * Problems with a translation body's required sections: each heading of its language that is
 * missing, saying so when the English heading is there in its place. `bodyLine` is the file's
 * line on which the body starts.
 */
export function translationSectionProblems(
  body: string,
  bodyLine: number,
  locale: TranslationLocale,
): { line: number; message: string }[] {
  const headings = sectionHeadings[locale];
  const present = secondLevelHeadings(body);
  const every = `every ${localeNames[locale]} translation has ${headings.slice(0, -1).join(', ')} and ${headings.at(-1) ?? ''}`;
  return missingSections(body, locale).map((heading) => {
    const english = present.find(
      (found) => sectionIndex(found.text, 'en') === sectionIndex(heading, locale),
    );
    if (english)
      return {
        line: bodyLine + english.line - 1,
        message: say(
          `The section "## ${heading}" is missing: "## ${english.text}" is its English heading.`,
          `write ## ${heading} in its place; ${every}.`,
        ),
      };
    return {
      line: bodyLine,
      message: say(`The section "## ${heading}" is missing.`, `add it; ${every}.`),
    };
  });
}
