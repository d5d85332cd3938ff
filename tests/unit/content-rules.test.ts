import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatProblem, type Problem } from '#lib/content/problems.ts';

const today = () => new Date('2026-06-01T00:00:00Z');

/** Validates a content folder (relative to `root`) with today's date fixed. */
async function validate(root: string, folder: string): Promise<Problem[]> {
  vi.stubEnv('CASEBOOK_CONTENT_DIR', folder);
  vi.resetModules();
  const { validateContent } = await import('#lib/content/validate-content-fs.ts');
  const problems = validateContent(root, { today });
  vi.unstubAllEnvs();
  return problems;
}

const broken = await validate(process.cwd(), 'tests/fixtures/broken');
const linesFor = (file: string) =>
  broken.filter((problem) => problem.file === file).map(formatProblem);

describe('content checks, one broken fixture per rule', () => {
  it('rejects two creators with the same id', () => {
    expect(linesFor('tests/fixtures/broken/creators/kyne.yml')).toEqual([
      'tests/fixtures/broken/creators/kyne.yml:1  (file name)  "kyne" is used twice (also tests/fixtures/broken/creators/kyne.yaml).  Rename one of them.',
    ]);
  });

  it('rejects an invented handle without a hyphen', () => {
    expect(linesFor('tests/fixtures/broken/creators/handle-without-hyphen.yaml')).toEqual([
      'tests/fixtures/broken/creators/handle-without-hyphen.yaml:2:9  handle  The invented handle "studionimbe" has no hyphen, so it could be a real account.  Add a hyphen between two of its words; TikTok and Instagram allow none in a handle, so it can then be nobody’s.',
    ]);
  });

  it('rejects a brand that does not exist, with a suggestion', () => {
    expect(linesFor('tests/fixtures/broken/stories/dangling-brand/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/dangling-brand/index.mdx:4:8  brand  No brand "kohoo" exists. Did you mean "koho"?  Use the name of a file in content/brands/ without .yaml, or add content/brands/kohoo.yaml.',
    ]);
  });

  it('rejects a creator that does not exist', () => {
    expect(linesFor('tests/fixtures/broken/stories/dangling-creator/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/dangling-creator/index.mdx:5:18  creators.1  No creator "ghost-creator" exists.  Use the name of a file in content/creators/ without .yaml, or add content/creators/ghost-creator.yaml.',
    ]);
  });

  it('rejects two stories with the same slug', () => {
    expect(linesFor('tests/fixtures/broken/stories/duplicate-slug.mdx')).toEqual([
      'tests/fixtures/broken/stories/duplicate-slug.mdx:1  (file name)  "duplicate-slug" is used twice (also tests/fixtures/broken/stories/duplicate-slug/index.mdx).  Rename one of them.',
    ]);
  });

  it('rejects a date in the future', () => {
    expect(linesFor('tests/fixtures/broken/stories/future-date/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/future-date/index.mdx:6:12  published  This date is in the future.  Use the date it was published, as YYYY-MM-DD.',
    ]);
  });

  it('rejects an event-handler attribute', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-event-handler/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-event-handler/index.mdx:38:9  (body)  The attribute onmouseover on <abbr> runs code.  Remove onmouseover.',
    ]);
  });

  it('rejects a {curly brace} expression', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-expression/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-expression/index.mdx:38:12  (body)  Text in {curly braces} runs as code.  Remove the braces, or write \\{ to show a brace.',
    ]);
  });

  it('rejects an import statement', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-import/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-import/index.mdx:17:1  (body)  import and export statements are not allowed in stories.  Remove the line; Callout, PullQuote work without importing.',
    ]);
  });

  it('rejects a <script> element', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-script/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-script/index.mdx:38:1  (body)  A <script> element runs code, which stories may not do.  Remove the <script> element.',
    ]);
  });

  it('reports an MDX syntax error where it is', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-syntax-error/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-syntax-error/index.mdx:38:25  (body)  The MDX cannot be read: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)  Check for an unclosed < or {; write a literal < as &lt; and { as \\{.',
    ]);
  });

  it('rejects a component that is not allowed', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-unknown-component/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-unknown-component/index.mdx:38:1  (body)  <Chart> is not a component stories can use.  Use Callout, PullQuote, or plain Markdown.',
    ]);
  });

  it('rejects an image without alt text', () => {
    expect(linesFor('tests/fixtures/broken/stories/missing-alt/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/missing-alt/index.mdx:13:3  hero.alt  The hero image has no alt text.  Add alt: a sentence saying what the image shows.',
    ]);
  });

  it('rejects a missing image', () => {
    expect(linesFor('tests/fixtures/broken/stories/missing-image/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/missing-image/index.mdx:13:8  hero.src  No image file at tests/fixtures/broken/stories/missing-image/nope.jpg.  Put the image beside the story (for example ./hero.jpg) or correct the path.',
    ]);
  });

  it('rejects a story without one of its sections', () => {
    expect(linesFor('tests/fixtures/broken/stories/missing-section/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/missing-section/index.mdx:17  (body)  The section "## What was hard" is missing.  Add it; every story has The challenge, The approach, What was hard, Results and Takeaways.',
    ]);
  });

  it('rejects a result figure without a source', () => {
    expect(linesFor('tests/fixtures/broken/stories/result-without-source/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/result-without-source/index.mdx:13:5  results.0.source  The source is missing.  Add source: with name: "where the figure comes from" (and url: when public).',
    ]);
  });

  it('rejects a badly proportioned hero image', () => {
    expect(linesFor('tests/fixtures/broken/stories/square-image/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/square-image/index.mdx:13:8  hero.src  The hero image is 1200×1200, not landscape, about 16:9.  Crop it to landscape, about 16:9 (width ÷ height between 1.6 and 2).',
    ]);
  });

  it('rejects an unknown field, suggesting the one meant', () => {
    expect(linesFor('tests/fixtures/broken/stories/unknown-field/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/unknown-field/index.mdx:12:10  summery  "summery" is not a field we know. Did you mean "summary"?  Remove it or correct its spelling; CONTRIBUTING.md lists every field.',
    ]);
  });

  it('rejects an unknown taxonomy value, suggesting the one meant', () => {
    expect(linesFor('tests/fixtures/broken/stories/unknown-region/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/unknown-region/index.mdx:8:11  regions.0  "north-americas" is not a known region. Did you mean "north-america"?  Use one of: east-southeast-asia, south-asia, middle-east-north-africa, sub-saharan-africa, latin-america, europe, north-america, oceania; new values are added in src/lib/taxonomy.ts (regions).',
    ]);
  });

  it('reports every problem at once, one line each', () => {
    expect(broken).toHaveLength(52);
  });
});

describe('content checks: YAML syntax errors, at the line where each begins', () => {
  it('reports a tab in the indentation on its own line', () => {
    expect(linesFor('tests/fixtures/broken/creators/yaml-tab.yaml')).toEqual([
      'tests/fixtures/broken/creators/yaml-tab.yaml:8:1  niches  A tab is used to indent this line; YAML allows only spaces.  Replace the tab with spaces (two for each level), as on the lines around it.',
    ]);
  });

  it('reports an unclosed quote where it opens, not at the end of the file', () => {
    expect(linesFor('tests/fixtures/broken/creators/yaml-unclosed-quote.yaml')).toEqual([
      'tests/fixtures/broken/creators/yaml-unclosed-quote.yaml:9:6  bio  The quote " that opens this value is never closed.  End the value with ", or remove the opening ".',
    ]);
  });

  it('reports a field written twice, with the line of the first', () => {
    expect(linesFor('tests/fixtures/broken/creators/yaml-duplicate-key.yaml')).toEqual([
      'tests/fixtures/broken/creators/yaml-duplicate-key.yaml:9:1  region  "region" is written twice (first on line 4).  Keep one of them.',
    ]);
  });

  it('reports ": " inside an unquoted value, with the quoted value as the fix', () => {
    expect(linesFor('tests/fixtures/broken/creators/yaml-colon-in-value.yaml')).toEqual([
      'tests/fixtures/broken/creators/yaml-colon-in-value.yaml:9:6  bio  The value of bio contains ": ", which YAML reads as the start of another field.  Put the whole value in quotes: bio: "Used by the tests: all of them.".',
    ]);
  });

  it('tells an editor to drop the @ from an unquoted handle', () => {
    expect(linesFor('tests/fixtures/broken/creators/yaml-handle-at.yaml')).toEqual([
      'tests/fixtures/broken/creators/yaml-handle-at.yaml:2:9  handle  The handle starts with @.  Drop the @: write the handle alone, for example handle: studio-nimbe; the site adds the @.',
    ]);
  });

  it('counts front matter lines from the top of the story file', () => {
    expect(linesFor('tests/fixtures/broken/stories/yaml-front-matter-quote/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/yaml-front-matter-quote/index.mdx:2:8  title  The quote " that opens this value is never closed.  End the value with ", or remove the opening ".',
    ]);
  });

  it('says a named creator could not be read, and why, instead of that it does not exist', () => {
    expect(linesFor('tests/fixtures/broken/stories/yaml-error-creator/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/yaml-error-creator/index.mdx:5:12  creators.0  The creator "yaml-tab" cannot be checked: tests/fixtures/broken/creators/yaml-tab.yaml could not be read (line 8: a tab is used to indent this line; YAML allows only spaces).  Correct that file first; its own problem is listed under its name.',
    ]);
  });

  it('reports a file that is not UTF-8 instead of crashing', () => {
    expect(linesFor('tests/fixtures/broken/creators/not-utf8.yaml')).toEqual([
      'tests/fixtures/broken/creators/not-utf8.yaml:1  (file)  The file cannot be read: it is not saved as UTF-8 text.  Save it again as UTF-8 (in most editors: Save with Encoding, then UTF-8).',
    ]);
  });

  it('says a creator whose file is not UTF-8 could not be read', () => {
    expect(linesFor('tests/fixtures/broken/stories/unreadable-creator/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/unreadable-creator/index.mdx:5:18  creators.1  The creator "not-utf8" cannot be checked: tests/fixtures/broken/creators/not-utf8.yaml could not be read (it is not saved as UTF-8 text).  Correct that file first; its own problem is listed under its name.',
    ]);
  });
});

describe('content checks: dates', () => {
  it('rejects 30 February instead of moving it to March', () => {
    expect(linesFor('tests/fixtures/broken/creators/date-impossible.yaml')).toEqual([
      'tests/fixtures/broken/creators/date-impossible.yaml:14:11  mentions.0.date  "2025-02-30" is not a day: February 2025 has 28 days.  Write the day it was, as YYYY-MM-DD, from 2025-02-01 to 2025-02-28.',
    ]);
  });

  it('rejects month 13 instead of moving it to the next year', () => {
    expect(linesFor('tests/fixtures/broken/creators/date-month-13.yaml')).toEqual([
      'tests/fixtures/broken/creators/date-month-13.yaml:14:11  mentions.0.date  "2025-13-01" has month 13; there are 12.  Write the date as YYYY-MM-DD, with the month from 01 to 12.',
    ]);
  });

  it('rejects a date that reads two ways, giving both readings', () => {
    expect(linesFor('tests/fixtures/broken/creators/date-two-ways.yaml')).toEqual([
      'tests/fixtures/broken/creators/date-two-ways.yaml:14:11  mentions.0.date  "03/02/2025" reads two ways: 3 February 2025 or 2 March 2025.  Write it as YYYY-MM-DD: 2025-02-03 for 3 February 2025, or 2025-03-02 for 2 March 2025.',
    ]);
  });

  it('rejects an impossible publication date', () => {
    expect(linesFor('tests/fixtures/broken/stories/date-impossible/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/date-impossible/index.mdx:6:12  published  "2025-02-30" is not a day: February 2025 has 28 days.  Write the day it was, as YYYY-MM-DD, from 2025-02-01 to 2025-02-28.',
    ]);
  });

  it('rejects a publication date that reads two ways', () => {
    expect(linesFor('tests/fixtures/broken/stories/date-two-ways/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/date-two-ways/index.mdx:6:12  published  "03/02/2025" reads two ways: 3 February 2025 or 2 March 2025.  Write it as YYYY-MM-DD: 2025-02-03 for 3 February 2025, or 2025-03-02 for 2 March 2025.',
    ]);
  });
});

describe('content checks: links in URL fields and bodies', () => {
  it('rejects a javascript: handle source', () => {
    expect(linesFor('tests/fixtures/broken/creators/url-handle-source-javascript.yaml')).toEqual([
      'tests/fixtures/broken/creators/url-handle-source-javascript.yaml:5:8  handleSource.url  The source link uses javascript:, which runs code in the reader’s browser; only https:// or http:// links are allowed.  Link to the page’s own address, starting with https:// or http://, or remove the link.',
    ]);
  });

  it('rejects a misspelt scheme with the corrected address', () => {
    expect(linesFor('tests/fixtures/broken/creators/url-source-misspelt.yaml')).toEqual([
      'tests/fixtures/broken/creators/url-source-misspelt.yaml:6:10  sources.0.url  The source link starts with htps:, a misspelling of https:.  Write https://example.org/interview.',
    ]);
  });

  it('rejects a video link without a scheme, adding https://', () => {
    expect(linesFor('tests/fixtures/broken/creators/url-mention-no-scheme.yaml')).toEqual([
      'tests/fixtures/broken/creators/url-mention-no-scheme.yaml:11:10  mentions.0.url  The video link "www.example.org/video" has no scheme, so a browser reads it as a file next to the page.  Write the full address, https://www.example.org/video.',
    ]);
  });

  it('rejects a data: community source', () => {
    expect(linesFor('tests/fixtures/broken/creators/url-community-source-data.yaml')).toEqual([
      'tests/fixtures/broken/creators/url-community-source-data.yaml:7:10  communitySources.deaf.url  The source link uses data:, which embeds a hidden document instead of linking to one; only https:// or http:// links are allowed.  Link to the page’s own address, starting with https:// or http://, or remove the link.',
    ]);
  });

  it('rejects a vbscript: brand site', () => {
    expect(linesFor('tests/fixtures/broken/brands/url-site-vbscript.yaml')).toEqual([
      'tests/fixtures/broken/brands/url-site-vbscript.yaml:5:7  site  The site uses vbscript:, which runs code in the reader’s browser; only https:// links are allowed.  Link to the page’s own address, starting with https://, or remove the link.',
    ]);
  });

  it('rejects a javascript: result source', () => {
    expect(linesFor('tests/fixtures/broken/stories/url-result-source/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/url-result-source/index.mdx:22:12  results.0.source.url  The source link uses javascript:, which runs code in the reader’s browser; only https:// or http:// links are allowed.  Link to the page’s own address, starting with https:// or http://, or remove the link.',
    ]);
  });

  it('rejects a javascript: Markdown link in a body', () => {
    expect(linesFor('tests/fixtures/broken/stories/link-javascript/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/link-javascript/index.mdx:38:5  (body)  The link uses javascript:, which runs code in the reader’s browser; only https://, http:// or mailto: links are allowed.  Link to the page’s own address, starting with https://, http:// or mailto:, or remove the link.',
    ]);
  });

  it('rejects a body link without a scheme', () => {
    expect(linesFor('tests/fixtures/broken/stories/link-no-scheme/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/link-no-scheme/index.mdx:38:5  (body)  The link "example.com/story" has no scheme, so a browser reads it as a file next to the page.  Write the full address, https://example.com/story (a page of this site starts with /).',
    ]);
  });

  it('rejects a misspelt scheme in a link definition', () => {
    expect(linesFor('tests/fixtures/broken/stories/link-misspelt-definition/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/link-misspelt-definition/index.mdx:40:1  (body)  The link starts with htps:, a misspelling of https:.  Write https://example.com/report.',
    ]);
  });

  it('explains that an <autolink> is not a link in MDX', () => {
    expect(linesFor('tests/fixtures/broken/stories/link-autolink/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/link-autolink/index.mdx:38:5  (body)  An address in <angle brackets> is read as an HTML tag in MDX, so it cannot be a link.  Write it as [text](https://…), or as the bare address without < and >.',
    ]);
  });

  it('rejects a data: address in an allowed element’s attribute', () => {
    expect(linesFor('tests/fixtures/broken/stories/link-attribute-data/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/link-attribute-data/index.mdx:38:1  (body)  The link uses data:, which embeds a hidden document instead of linking to one; only https://, http:// or mailto: links are allowed.  Link to the page’s own address, starting with https://, http:// or mailto:, or remove the link.',
    ]);
  });
});

describe('content checks: missing fields and suggestions', () => {
  it('names a missing required field', () => {
    expect(linesFor('tests/fixtures/broken/brands/missing-name.yaml')).toEqual([
      'tests/fixtures/broken/brands/missing-name.yaml:1:1  name  "name" is missing.  Add name: the brand name.',
    ]);
  });

  it('names a missing required list', () => {
    expect(linesFor('tests/fixtures/broken/creators/missing-niches.yaml')).toEqual([
      'tests/fixtures/broken/creators/missing-niches.yaml:1:1  niches  "niches" is missing.  Add niches: [a, b] with niches from src/lib/taxonomy.ts (niches).',
    ]);
  });

  it('names a missing required group of fields', () => {
    expect(linesFor('tests/fixtures/broken/stories/missing-hero/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/missing-hero/index.mdx:2:1  hero  "hero" is missing.  Add hero: with src: ./hero.jpg and alt: "what it shows" indented under it.',
    ]);
  });

  it('suggests GB for UK', () => {
    expect(linesFor('tests/fixtures/broken/creators/country-uk.yaml')).toEqual([
      'tests/fixtures/broken/creators/country-uk.yaml:5:10  country  "UK" is not a known country code. Did you mean "GB"?  Use one of: JP, KR, TW, PH, ID, VN, TH, MY, SG, IN, PK, BD, LK, NP, AE, SA, EG, JO, LB, MA, TN, TR, NG, KE, GH, ZA, SN, ET, TZ, MX, BR, AR, CO, CL, PE, GB, FR, DE, ES, IT, NL, PL, SE, IE, US, CA, AU, NZ, FJ; new values are added in src/lib/taxonomy.ts (countries).',
    ]);
  });

  it('suggests the code for a country written as its name', () => {
    expect(linesFor('tests/fixtures/broken/creators/country-name.yaml')).toEqual([
      'tests/fixtures/broken/creators/country-name.yaml:5:10  country  "Germany" is not a known country code. Did you mean "DE"?  Use one of: JP, KR, TW, PH, ID, VN, TH, MY, SG, IN, PK, BD, LK, NP, AE, SA, EG, JO, LB, MA, TN, TR, NG, KE, GH, ZA, SN, ET, TZ, MX, BR, AR, CO, CL, PE, GB, FR, DE, ES, IT, NL, PL, SE, IE, US, CA, AU, NZ, FJ; new values are added in src/lib/taxonomy.ts (countries).',
    ]);
  });

  it('tells an editor to drop the @ from a quoted handle', () => {
    expect(linesFor('tests/fixtures/broken/creators/handle-with-at.yaml')).toEqual([
      'tests/fixtures/broken/creators/handle-with-at.yaml:2:9  handle  The handle "@fixture-creator" starts with @.  Drop the @: write handle: fixture-creator; the site adds the @ itself.',
    ]);
  });

  it('asks for an image path relative to the story, and says where the file goes', () => {
    expect(linesFor('tests/fixtures/broken/stories/image-absolute-path/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/image-absolute-path/index.mdx:13:8  hero.src  The image path "/hero.jpg" starts with /, so it does not point beside this file.  Write it relative to this file, as ./hero.jpg, with the image at tests/fixtures/broken/stories/image-absolute-path/hero.jpg.',
    ]);
  });

  it('gives file positions inside an MDX error message', () => {
    expect(linesFor('tests/fixtures/broken/stories/mdx-unclosed-component/index.mdx')).toEqual([
      'tests/fixtures/broken/stories/mdx-unclosed-component/index.mdx:38:1  (body)  The MDX cannot be read: Expected a closing tag for `<Callout>` (line 38, column 1)  Check for an unclosed < or {; write a literal < as &lt; and { as \\{.',
    ]);
  });
});

describe('content checks: valid variations', () => {
  it('accepts a BOM, CRLF line endings, comments, block and flow lists, quoted and unquoted text and names in other scripts', async () => {
    const { validateContent } = await import('#lib/content/validate-content-fs.ts');
    expect(
      validateContent(process.cwd(), { today, contentDir: 'tests/fixtures/valid-variations' }),
    ).toEqual([]);
  });
});

describe('image size', () => {
  const root = mkdtempSync(join(tmpdir(), 'casebook-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('rejects an image file over the size limit', async () => {
    cpSync('tests/fixtures/dangling', join(root, 'content'), { recursive: true });
    rmSync(join(root, 'content/stories/broken-story/index.mdx'));
    cpSync(
      'tests/fixtures/broken/stories/future-date/index.mdx',
      join(root, 'content/stories/broken-story/index.mdx'),
    );
    const noise = Buffer.from(
      Array.from({ length: 1600 * 900 * 3 }, (_, index) => (index * 2654435761) % 251),
    );
    await sharp(noise, { raw: { width: 1600, height: 900, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toFile(join(root, 'content/stories/broken-story/hero.jpg'));
    const problems = (await validate(root, 'content')).map(formatProblem);
    expect(problems).toContain(
      'content/stories/broken-story/index.mdx:13:8  hero.src  The hero image is 4.3 MB, over the 2.0 MB limit.  Export it smaller (1200–2400 px wide, JPEG quality about 80).',
    );
  });
});

describe('creator file names', () => {
  const root = mkdtempSync(join(tmpdir(), 'casebook-reserved-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('rejects a creator named like the compare page, which would hide its profile', async () => {
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync('content/creators/kyne.yaml', join(root, 'content/creators/compare.yaml'));
    // The fixed "today" makes the real content's dates future; only file names matter here.
    const names = (await validate(root, 'content')).filter(
      (problem) => problem.field === '(file name)',
    );
    expect(names.map((problem) => [problem.file, formatProblem(problem)])).toEqual([
      [
        'content/creators/compare.yaml',
        expect.stringContaining(
          '"compare" is the start of other pages\' addresses (/creators/compare/…), so no profile can have it.',
        ),
      ],
    ]);
  });

  it('rejects a story named like the list pages or a facet, whose pages share its address', async () => {
    rmSync(join(root, 'content'), { recursive: true, force: true });
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync('content/stories/koho-kyne-financial-health', join(root, 'content/stories/theme'), {
      recursive: true,
    });
    cpSync(
      'content/stories/koho-kyne-financial-health/index.mdx',
      join(root, 'content/stories/page.mdx'),
    );
    const names = (await validate(root, 'content')).filter(
      (problem) => problem.field === '(file name)',
    );
    expect(names.map(formatProblem)).toEqual([
      expect.stringContaining(
        '"page" is the start of other pages\' addresses (/stories/page/…), so no story can have it.  Rename the file, for example to page-story.mdx.',
      ),
      expect.stringContaining(
        '"theme" is the start of other pages\' addresses (/stories/theme/…), so no story can have it.  Rename the folder, for example to theme-story.',
      ),
    ]);
  });
});
