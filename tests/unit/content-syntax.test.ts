import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '#lib/content/date-rules.ts';
import { fieldReference } from '#lib/content/field-reference.ts';
import { splitFrontMatter } from '#lib/content/front-matter.ts';
import { checkStoryBody } from '#lib/content/mdx-rules.ts';
import {
  missingSections,
  requiredSections,
  sectionHeadings,
} from '#lib/content/section-headings.ts';
import { creatorSchema, storySchema } from '#lib/content/schema.ts';
import { suggestCountry } from '#lib/content/suggest.ts';
import { checkLink, secureOnly, webSchemes } from '#lib/content/url-rules.ts';
import { readYaml } from '#lib/content/yaml-rules.ts';
import { taxonomy } from '#lib/taxonomy.ts';
import { issuesOf, stubHelpers } from './helpers';

/** The first syntax problem of a YAML text, as `line:column field message`. */
function firstYamlProblem(text: string, lineOffset = 0): string {
  const problem = readYaml(text, lineOffset).problems[0];
  return problem ? `${problem.line}:${problem.column} ${problem.field} ${problem.message}` : 'none';
}

describe('YAML syntax errors', () => {
  it('reports a tab in the indentation on the line that has it', () => {
    expect(firstYamlProblem('name: A\nniches:\n\t- food\nbio: x\n')).toMatch(
      /^3:1 niches A tab is used to indent this line/,
    );
  });

  it('reports an unclosed double or single quote where it opens, not at the end of the file', () => {
    expect(firstYamlProblem('name: "A\nniches: [food]\nbio: x\nillustrative: true\n')).toMatch(
      /^1:7 name The quote " that opens this value is never closed\./,
    );
    expect(firstYamlProblem("name: A\nbio: 'it is\nniches: [food]\n")).toMatch(
      /^2:6 bio The quote ' that opens/,
    );
  });

  it('reports an unclosed [ list where it opens', () => {
    expect(firstYamlProblem('name: A\nniches: [food\nbio: x\n')).toMatch(
      /^2:9 niches The list \[ that opens here is never closed with \]/,
    );
  });

  it('reports a duplicate field at the second one, naming the first one’s line in the file', () => {
    expect(firstYamlProblem('name: A\nniches: [food]\nname: B\n', 1)).toBe(
      '4:1 name "name" is written twice (first on line 2). Fix: keep one of them.',
    );
    expect(firstYamlProblem('sources:\n  - name: x\n    name: y\n')).toMatch(
      /^3:5 sources\.0\.name "name" is written twice \(first on line 2\)/,
    );
  });

  it('reports ": " inside an unquoted value, with the value quoted as the fix', () => {
    expect(firstYamlProblem('title: Foo: bar\n')).toBe(
      '1:8 title The value of title contains ": ", which YAML reads as the start of another field. Fix: put the whole value in quotes: title: "Foo: bar".',
    );
  });

  it('reports a line indented too far at that line', () => {
    expect(firstYamlProblem('hero:\n  src: x\n   alt: y\n')).toMatch(
      /^3:4 alt This line is indented further/,
    );
  });

  it('reports values that start with a reserved symbol, and says to drop the @ of a handle', () => {
    expect(firstYamlProblem('handle: @studio-nimbe\n')).toMatch(
      /^1:9 handle The handle starts with @\. Fix: drop the @/,
    );
    expect(firstYamlProblem('title: `quoted`\n')).toMatch(
      /^1:8 title A value cannot start with ` unless it is in quotes/,
    );
  });

  it('reports what only Astro’s YAML parser refuses, at the mistake', () => {
    expect(firstYamlProblem('name: x\nhandle: !studio\n')).toMatch(
      /^2:9 handle A value cannot start with ! unless it is in quotes/,
    );
    expect(firstYamlProblem('languages: [*en]\n')).toMatch(
      /^1:13 languages A value cannot start with \* unless it is in quotes/,
    );
    expect(firstYamlProblem('name: a\nhandle: \rstudio\n')).toMatch(
      /^2:9 handle A lone carriage return/,
    );
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(firstYamlProblem('name: A\r\nbio: "x\r\nniches: [food]\r\n')).toMatch(
      /^2:6 bio The quote " that opens/,
    );
  });

  it('accepts comments, block and flow lists, quoted and unquoted text and other scripts', () => {
    const text =
      '# note\r\nname: 林美咲 # her name\r\naliases:\r\n  - "Misaki"\r\n  - \'M. H.\'\r\nniches: [food, "travel"]\r\nbio: >-\r\n  Cooks: slowly.\r\n';
    expect(readYaml(text, 0).problems).toEqual([]);
  });
});

describe('values as the build reads them', () => {
  it('reads values as Astro’s YAML parser does: unquoted dates as Dates, 0b101 and -0x1F as numbers, +.5 as text', () => {
    const text =
      'a: 2025-01-01\nb: "2025-01-01"\nc: 0b101\nd: -0x1F\ne: +.5\nf: 2025-01-01 10:00:00\ng: 1_000\n';
    const ours: unknown = readYaml(text, 0).data;
    const astros: unknown = load(text);
    expect(ours).toEqual(astros);
  });

  it('keeps the written text of an unquoted date, so an impossible day is still refused', () => {
    const { data } = readYaml('published: 2025-02-30\n', 0);
    const published =
      typeof data === 'object' && data !== null && 'published' in data ? data.published : undefined;
    expect(published instanceof Date ? parseCalendarDate(published) : undefined).toEqual({
      problem: expect.stringContaining('"2025-02-30" is not a day'),
    });
  });
});

describe('front matter', () => {
  it('finds the YAML and the body in a CRLF file, with the body’s first line', () => {
    const split = splitFrontMatter('---\r\ntitle: x\r\n---\r\n\r\n## The challenge\r\n');
    expect(split).toEqual({
      yaml: 'title: x\r\n',
      yamlLineOffset: 1,
      body: '\r\n## The challenge\r\n',
      bodyLine: 4,
    });
  });

  it('accepts blank lines before the opening line, as Astro does, and keeps line numbers', () => {
    expect(splitFrontMatter('\n\n---\ntitle: x\n---\nText')).toMatchObject({
      yamlLineOffset: 3,
      bodyLine: 6,
    });
  });

  it('tells a missing opening line from a missing closing one', () => {
    expect(splitFrontMatter('title: x\n')).toEqual({ problem: 'no-opening', line: 1 });
    expect(splitFrontMatter('---\ntitle: x\n')).toEqual({ problem: 'no-closing', line: 1 });
  });
});

describe('dates', () => {
  const problemOf = (input: string | Date) => {
    const parsed = parseCalendarDate(input);
    return 'problem' in parsed ? parsed.problem : parsed.date.toISOString();
  };

  it('accepts real days, 29 February of a leap year included', () => {
    expect(problemOf('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(problemOf(new Date('2025-03-08T00:00:00Z'))).toBe('2025-03-08T00:00:00.000Z');
  });

  it('rejects days that do not exist instead of moving them', () => {
    expect(problemOf('2025-02-29')).toBe(
      '"2025-02-29" is not a day: February 2025 has 28 days (2025 is not a leap year). Fix: write the day it was, as YYYY-MM-DD, from 2025-02-01 to 2025-02-28.',
    );
    expect(problemOf('2025-04-31')).toMatch(/April 2025 has 30 days/);
    expect(problemOf('2025-00-10')).toMatch(/has month 0; there are 12/);
  });

  it('rejects dates that read two ways, and gives the form for other ways of writing them', () => {
    expect(problemOf('03/02/2025')).toMatch(
      /reads two ways: 3 February 2025 or 2 March 2025\. Fix: write it as YYYY-MM-DD: 2025-02-03 for 3 February 2025, or 2025-03-02 for 2 March 2025\./,
    );
    expect(problemOf('25/12/2025')).toBe(
      '"25/12/2025" is not written as YYYY-MM-DD. Fix: write 2025-12-25.',
    );
    expect(problemOf('2025-3-2')).toBe(
      '"2025-3-2" is not written as YYYY-MM-DD. Fix: write 2025-03-02.',
    );
    expect(problemOf('2 March 2025')).toMatch(/is not a date\. Fix: write it as YYYY-MM-DD/);
  });

  it('rejects a time, whether written or already made into a Date by the YAML parser', () => {
    expect(problemOf('2025-03-02T10:00:00Z')).toMatch(
      /is a date and a time, not a day\. Fix: write only the day, as 2025-03-02\./,
    );
    expect(problemOf(new Date('2025-03-02T10:00:00Z'))).toMatch(
      /not a day\. Fix: write only the day, as 2025-03-02\./,
    );
  });

  it('is how the schemas read every date field, as text or as a Date', () => {
    const schema = creatorSchema(stubHelpers({ brands: ['koho'] }));
    const creator = {
      name: 'X',
      niches: ['food'],
      bio: 'Y',
      illustrative: false,
      sources: [{ name: 'Z' }],
    };
    const mention = (date: unknown) => ({
      ...creator,
      mentions: [{ brand: 'koho', title: 'T', date, url: 'https://example.org/v' }],
    });
    expect(schema.safeParse(mention(new Date('2025-01-01T00:00:00Z'))).success).toBe(true);
    expect(issuesOf(schema.safeParse(mention('2025-02-30')))['mentions.0.date']).toMatch(
      /is not a day/,
    );
    expect(issuesOf(schema.safeParse(mention(undefined)))['mentions.0.date']).toBe(
      '"date" is missing. Fix: add date: the day the video was published, as YYYY-MM-DD.',
    );
  });
});

describe('links', () => {
  const source = (value: string) =>
    checkLink(value, { schemes: webSchemes, noun: 'The source link' });

  it('accepts https and, where allowed, http', () => {
    expect(source('https://example.org/a?b=c#d')).toBeUndefined();
    expect(source('http://example.org/')).toBeUndefined();
    expect(checkLink('http://example.org/', { schemes: secureOnly, noun: 'The site' })).toBe(
      'The site uses http:; only https:// links are allowed here. Fix: write https://example.org/, the same address over a secure connection.',
    );
  });

  it('refuses schemes that run code or carry a document, in any case', () => {
    expect(source('JavaScript:alert(1)')).toMatch(/uses javascript:, which runs code/);
    expect(source('vbscript:msgbox')).toMatch(/uses vbscript:, which runs code/);
    expect(source('data:text/html,hi')).toMatch(/uses data:, which embeds a hidden document/);
  });

  it('corrects misspelt and missing schemes', () => {
    expect(source('htps://example.org')).toBe(
      'The source link starts with htps:, a misspelling of https:. Fix: write https://example.org.',
    );
    expect(source('https//example.org')).toBe(
      'The source link "https//example.org" is missing the colon after https. Fix: write https://example.org.',
    );
    expect(source('https:/example.org')).toMatch(
      /needs \/\/ after https:\. Fix: write https:\/\/example\.org\./,
    );
    expect(source('example.org/a')).toMatch(
      /has no scheme.*Fix: write the full address, https:\/\/example\.org\/a\./,
    );
    expect(source('https://example')).toMatch(/has no domain/);
  });

  it('checks every URL field of the schemas with the same rules, and says so in their help', () => {
    const schema = storySchema(stubHelpers({ creators: ['kyne'], brands: ['koho'] }));
    const story = {
      title: 'T',
      summary: 'S',
      brand: 'koho',
      published: '2025-01-01',
      hero: { src: './h.jpg', alt: 'A' },
      illustrative: false,
      sources: [{ name: 'N', url: 'javascript:alert(1)' }],
    };
    expect(issuesOf(schema.safeParse(story))['sources.0.url']).toMatch(/uses javascript:/);
    expect(fieldReference()).toContain(
      '| `sources[].url` | no | text | A link to the source, when it is public. A full address starting with https:// or http://. |',
    );
    expect(fieldReference()).toContain(
      '| `site` | no | text | The brand’s own site. Only for real brands. A full address starting with https://. |',
    );
  });

  it('checks links in bodies: Markdown links, definitions and address attributes, allowing this site’s paths and e-mail', () => {
    const body =
      '[a](/creators/kyne/) [b](#results) [c](mailto:team@example.org) [d](https://example.org)\n\n[e](ftp://example.org)\n\n<q cite="javascript:x">q</q>\n';
    expect(
      checkStoryBody(body, 10).map(
        (problem) => `${problem.line}:${problem.column} ${problem.message.split('.')[0]}`,
      ),
    ).toEqual([
      '12:1 The link uses ftp:; only https://, http:// or mailto: links are allowed here',
      '14:1 The link uses javascript:, which runs code in the reader’s browser; only https://, http:// or mailto: links are allowed',
    ]);
  });

  it('reports an MDX syntax error at its line and column in the file, inside its message too', () => {
    const [problem] = checkStoryBody('Text.\r\n\r\nA <b>bold</i> word.\r\n', 20);
    expect(problem?.line).toBe(22);
    expect(problem?.column).toBe(10);
    expect(problem?.message).toContain('(line 22, column 3)');
  });
});

describe('lang and dir on the elements a body may use', () => {
  const problems = (body: string) =>
    checkStoryBody(body).map((problem) => problem.message.split(' Fix: ')[1]);

  it('accepts a language tag and a direction on an allowed element', () => {
    expect(
      checkStoryBody(
        '«ترجمة الكلام» (<q lang="en" dir="ltr">the exact English words</q>)\n\n「訳文」（<q lang="en">the exact English words</q>）\n\n<abbr lang="ja" title="x" dir="auto">y</abbr> <cite lang="zh-Hant">z</cite>\n',
      ),
    ).toEqual([]);
  });

  it('accepts only ltr, rtl and auto as directions, in lowercase', () => {
    expect(problems('<q dir="RTL">x</q> <q dir="up">x</q> <q dir>x</q>\n')).toEqual([
      'write dir="rtl".',
      'write dir="ltr" (left to right, as English and Japanese run), dir="rtl" (right to left, as Arabic runs) or dir="auto" (the browser tells from the text).',
      'write dir="ltr" (left to right, as English and Japanese run), dir="rtl" (right to left, as Arabic runs) or dir="auto" (the browser tells from the text).',
    ]);
  });

  it('accepts only language tags as lang, correcting an underscore', () => {
    expect(
      checkStoryBody('<q lang="en_GB">x</q> <q lang="english">x</q> <q lang="">x</q>\n').map(
        (problem) => problem.message,
      ),
    ).toEqual([
      'lang="en_GB" on <q> is not a language tag. Fix: write lang="en-GB".',
      'lang="english" on <q> is not a language tag. Fix: write a language tag such as lang="en" (English), lang="ar" (Arabic) or lang="ja" (Japanese).',
      'lang on <q> is empty. Fix: write a language tag such as lang="en" (English), lang="ar" (Arabic) or lang="ja" (Japanese).',
    ]);
  });
});

describe('required sections per language', () => {
  const body = (headings: readonly string[]) =>
    headings.map((heading) => `## ${heading}\n\nText.\n`).join('\n');

  it('keeps the English headings as they were', () => {
    expect(sectionHeadings.en).toEqual(requiredSections);
    expect(requiredSections).toEqual([
      'The challenge',
      'The approach',
      'What was hard',
      'Results',
      'Takeaways',
    ]);
  });

  it('finds every section of a body in its language, and only there', () => {
    for (const locale of ['en', 'ar', 'ja'] as const)
      expect(missingSections(body(sectionHeadings[locale]), locale)).toEqual([]);
    expect(missingSections(body(sectionHeadings.en), 'ar')).toEqual([...sectionHeadings.ar]);
    expect(missingSections(body(sectionHeadings.ja))).toEqual([...requiredSections]);
  });

  it('names the missing Arabic and Japanese sections', () => {
    expect(missingSections(body(['التحدي', 'النهج', 'النتائج', 'الخلاصات']), 'ar')).toEqual([
      'ما كان صعبًا',
    ]);
    expect(missingSections(body(['課題', '取り組み', '難しかった点', '成果']), 'ja')).toEqual([
      '学び',
    ]);
  });

  it('matches a heading whatever the Unicode composition it was typed in', () => {
    // び as ひ followed by a combining voiced sound mark, as some editors save it.
    expect(
      missingSections(
        body(['課題', '取り組み', '難しかった点', '成果', '学び'.normalize('NFD')]),
        'ja',
      ),
    ).toEqual([]);
  });
});

describe('suggestions an editor can use', () => {
  const country = (input: string) => suggestCountry(input, taxonomy.countries);

  it('suggests the ISO code for common non-ISO codes and for country names', () => {
    expect(
      [
        'UK',
        'USA',
        'U.S.',
        'UAE',
        'KSA',
        'England',
        'Japan',
        'united kingdom',
        'Türkiye',
        'Turkey',
        'gb',
        'DEU',
        'Germny',
      ].map(country),
    ).toEqual(['GB', 'US', 'US', 'AE', 'SA', 'GB', 'JP', 'GB', 'TR', 'TR', 'GB', 'DE', 'DE']);
  });

  it('does not guess a code one letter away from another country’s', () => {
    expect(country('UK')).not.toBe('US');
    expect(country('XX')).toBeUndefined();
  });

  it('puts the suggestion in the schema’s message', () => {
    const schema = creatorSchema(stubHelpers());
    const issues = issuesOf(
      schema.safeParse({
        name: 'X',
        niches: ['food'],
        bio: 'Y',
        illustrative: false,
        sources: [{ name: 'Z' }],
        country: 'UK',
      }),
    );
    expect(issues.country).toMatch(/^"UK" is not a known country code\. Did you mean "GB"\?/);
  });
});

describe('missing required fields', () => {
  it('says the field is missing and names it, for text, lists, groups, references and true/false', () => {
    const issues = issuesOf(storySchema(stubHelpers()).safeParse({}));
    expect(issues.title).toBe('"title" is missing. Fix: add title: the title.');
    expect(issues.brand).toBe(
      '"brand" is missing. Fix: add brand: the name of a file in content/brands/ without .yaml.',
    );
    expect(issues.published).toMatch(/^"published" is missing\./);
    expect(issues.hero).toMatch(/^"hero" is missing\. Fix: add hero: with src:/);
    expect(issues.illustrative).toMatch(/^"illustrative" is missing\./);
    expect(issuesOf(creatorSchema(stubHelpers()).safeParse({})).niches).toMatch(
      /^"niches" is missing\./,
    );
  });

  it('tells a field that is present but empty or of the wrong kind from a missing one', () => {
    const issues = issuesOf(
      storySchema(stubHelpers()).safeParse({ title: null, summary: ['a'], illustrative: 'yes' }),
    );
    expect(issues.title).toMatch(/^"title" is empty\./);
    expect(issues.summary).toMatch(/^The summary is a list, not text\./);
    expect(issues.illustrative).toBe(
      '"illustrative" is yes, not true or false. Fix: write illustrative: true or illustrative: false, without quotes.',
    );
  });

  it('says a file that is not a set of fields is not one', () => {
    expect(issuesOf(storySchema(stubHelpers()).safeParse(['a']))['']).toMatch(
      /^The file is not a set of fields\./,
    );
  });
});
