import { describe, expect, it, vi } from 'vitest';
import { formatProblem, type Problem } from '#lib/content/problems.ts';

const today = () => new Date('2026-06-01T00:00:00Z');

/** Validates a content folder with today's date fixed. */
async function validate(folder: string): Promise<Problem[]> {
  vi.stubEnv('CASEBOOK_CONTENT_DIR', folder);
  vi.resetModules();
  const { validateContent } = await import('#lib/content/validate-content-fs.ts');
  const problems = validateContent(process.cwd(), { today });
  vi.unstubAllEnvs();
  return problems;
}

const base = 'tests/fixtures/translations/broken/stories';
const broken = await validate('tests/fixtures/translations/broken');
/** The problems of one file of the broken fixture (a path under its stories folder), as printed. */
const linesFor = (file: string) =>
  broken.filter((problem) => problem.file === `${base}/${file}`).map(formatProblem);

describe('translations: valid', () => {
  it('accepts an Arabic and a Japanese translation of a story, with English words in <q lang="en">', async () => {
    expect((await validate('tests/fixtures/translations/valid')).map(formatProblem)).toEqual([]);
  });
});

describe('translations: the file name', () => {
  it('rejects a file named after a language stories are not translated into', () => {
    expect(linesFor('locale-names/fr.mdx')).toEqual([
      `${base}/locale-names/fr.mdx:1  (file name)  "fr.mdx" is not named after a language stories are translated into, so it is not published.  Name a translation ar.mdx (Arabic) or ja.mdx (Japanese); the story itself is index.mdx, and other text belongs in it.`,
    ]);
  });

  it('says the English original is index.mdx', () => {
    expect(linesFor('locale-names/en.mdx')).toEqual([
      `${base}/locale-names/en.mdx:1  (file name)  "en.mdx" would be a second English story: the English story is the index.mdx beside it.  Put the English text in index.mdx and remove en.mdx; a translation is named ar.mdx (Arabic) or ja.mdx (Japanese).`,
    ]);
  });

  it('suggests ja.mdx for JP.mdx', () => {
    expect(linesFor('locale-names/JP.mdx')).toEqual([
      `${base}/locale-names/JP.mdx:1  (file name)  "JP.mdx" is not named after a language stories are translated into. Did you mean "ja.mdx"?  Rename it ja.mdx; a translation is named ar.mdx (Arabic) or ja.mdx (Japanese).`,
    ]);
  });
});

describe('translations: the story translated', () => {
  it('rejects a translationOf that is not the folder’s story, naming both ways to fix it', () => {
    expect(linesFor('other-story/ar.mdx')).toEqual([
      `${base}/other-story/ar.mdx:2:16  translationOf  "translationOf" is "locale-names", but this file is in the folder of the story "other-story".  Write translationOf: other-story if it translates the story beside it; if it translates "locale-names", move it to ${base}/locale-names/ar.mdx.`,
    ]);
  });

  it('rejects a translation in a folder without a story', () => {
    expect(linesFor('no-original/ar.mdx')).toEqual([
      `${base}/no-original/ar.mdx:2:16  translationOf  There is no story "no-original" for this translation: ${base}/no-original/index.mdx does not exist.  If it translates "locale-names", move it to ${base}/locale-names/ar.mdx, beside that story.`,
    ]);
  });

  it('says the original cannot be read, whose own problem is listed once, under its name', () => {
    expect(linesFor('unreadable-original/ar.mdx')).toEqual([
      `${base}/unreadable-original/ar.mdx:2:16  translationOf  The story "unreadable-original" cannot be checked: ${base}/unreadable-original/index.mdx could not be read (line 12: a tab is used to indent this line; YAML allows only spaces).  Correct that file first; its own problem is listed under its name.`,
    ]);
    expect(linesFor('unreadable-original/index.mdx')).toEqual([
      `${base}/unreadable-original/index.mdx:12:1  formats  A tab is used to indent this line; YAML allows only spaces.  Replace the tab with spaces (two for each level), as on the lines around it.`,
    ]);
  });

  it('reports a problem of the original under the original only', () => {
    expect(linesFor('original-problem/ar.mdx')).toEqual([]);
    expect(linesFor('original-problem/index.mdx')).toEqual([
      `${base}/original-problem/index.mdx:17:10  results  "results" is 5, not a list.  Write it as [a, b] or as lines starting with "- ".`,
      `${base}/original-problem/index.mdx:23  (body)  The section "## What was hard" is missing.  Add it; every story has The challenge, The approach, What was hard, Results and Takeaways.`,
    ]);
  });
});

describe('translations: one result and one quote per result and quote of the original', () => {
  it('rejects fewer results than the original has, saying how many it has', () => {
    expect(linesFor('counts/ar.mdx')).toEqual([
      `${base}/counts/ar.mdx:8:3  results  "results" has 1 item, but the original has 2 results.  Give one item (measures: and period:) for each of the original's 2 results, in the order ${base}/counts/index.mdx lists them.`,
    ]);
  });

  it('rejects missing quotes when the original has some', () => {
    expect(linesFor('counts/ja.mdx')).toEqual([
      `${base}/counts/ja.mdx:2:1  quotes  "quotes" is missing: the original has 1 quote.  Add quotes: with text: and role: for each of them, in the order ${base}/counts/index.mdx lists them.`,
    ]);
  });

  it('rejects results when the original has none', () => {
    expect(linesFor('no-results/ar.mdx')).toEqual([
      `${base}/no-results/ar.mdx:8:3  results  The original has no results, but this translation has 2 results.  Remove results; a translation has only the original's results to translate.`,
    ]);
  });
});

describe('translations: fields of the original', () => {
  it('says brand, published, hero, a result’s value and a quote’s speaker come from the original', () => {
    const original = `${base}/original-fields/index.mdx`;
    expect(linesFor('original-fields/ar.mdx')).toEqual([
      `${base}/original-fields/ar.mdx:10:12  results.0.value  "value" comes from result 1 of the original story; a translation gives only what it measures and its period.  Remove it; the figure, its unit and its source are the original’s.`,
      `${base}/original-fields/ar.mdx:15:9  quotes.0.by  "by" comes from quote 1 of the original story; a translation gives only its words and the speaker’s role.  Remove it; who said it and their side are the original’s.`,
      `${base}/original-fields/ar.mdx:17:8  brand  "brand" comes from the original story, so a translation does not repeat it.  Remove it; to change it, change it in ${original}.`,
      `${base}/original-fields/ar.mdx:18:12  published  "published" comes from the original story, so a translation does not repeat it.  Remove it; to change it, change it in ${original}.`,
      `${base}/original-fields/ar.mdx:20:3  hero  "hero" comes from the original story; only its alt text is translated.  Remove hero, and write the translated alt text as heroAlt: "…".`,
    ]);
  });
});

describe('translations: the rules every story follows', () => {
  it('requires the Arabic section headings', () => {
    expect(linesFor('headings/ar.mdx')).toEqual([
      `${base}/headings/ar.mdx:16  (body)  The section "## ما كان صعبًا" is missing.  Add it; every Arabic translation has التحدي, النهج, ما كان صعبًا, النتائج and الخلاصات.`,
    ]);
  });

  it('points at an English heading left in a Japanese translation', () => {
    expect(linesFor('headings/ja.mdx')).toEqual([
      `${base}/headings/ja.mdx:17  (body)  The section "## 課題" is missing: "## The challenge" is its English heading.  Write ## 課題 in its place; every Japanese translation has 課題, 取り組み, 難しかった点, 成果 and 学び.`,
    ]);
  });

  it('applies the MDX rules to the body, lang and dir included', () => {
    expect(linesFor('body-rules/ja.mdx')).toEqual([
      `${base}/body-rules/ja.mdx:23:6  (body)  lang="en_US" on <q> is not a language tag.  Write lang="en-US".`,
      `${base}/body-rules/ja.mdx:23:37  (body)  dir="up" on <q> is not a direction.  Write dir="ltr" (left to right, as English and Japanese run), dir="rtl" (right to left, as Arabic runs) or dir="auto" (the browser tells from the text).`,
      `${base}/body-rules/ja.mdx:25:5  (body)  Text in {curly braces} runs as code.  Remove the braces, or write \\{ to show a brace.`,
    ]);
  });

  it('applies the YAML rules, counting lines from the top of the file', () => {
    expect(linesFor('yaml-error/ar.mdx')).toEqual([
      `${base}/yaml-error/ar.mdx:4:8  title  The quote " that opens this value is never closed.  End the value with ", or remove the opening ".`,
    ]);
  });

  it('requires front matter', () => {
    expect(linesFor('no-front-matter/ja.mdx')).toEqual([
      `${base}/no-front-matter/ja.mdx:1:1  (front matter)  The translation has no front matter.  Start the file with a line ---, the fields, and another line --- (npm run new:translation writes a template).`,
    ]);
  });

  it('names missing fields and suggests the field meant', () => {
    expect(linesFor('schema/ar.mdx')).toEqual([
      `${base}/schema/ar.mdx:2:1  translator  "translator" is missing.  Add translator: who translated it.`,
      `${base}/schema/ar.mdx:2:1  heroAlt  "heroAlt" is missing.  Add heroAlt: the hero image’s alt text.`,
      `${base}/schema/ar.mdx:5:10  heroalt  "heroalt" is not a field we know. Did you mean "heroAlt"?  Remove it or correct its spelling; CONTRIBUTING.md lists every field.`,
    ]);
  });

  it('reports every problem at once, one line each, and none for the originals that are sound', () => {
    expect(broken).toHaveLength(27);
    const originals = broken.filter((problem) => problem.file.endsWith('/index.mdx'));
    expect(new Set(originals.map((problem) => problem.file))).toEqual(
      new Set([`${base}/unreadable-original/index.mdx`, `${base}/original-problem/index.mdx`]),
    );
  });
});
