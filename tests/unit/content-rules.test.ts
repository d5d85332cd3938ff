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
const linesFor = (file: string) => broken.filter((problem) => problem.file === file).map(formatProblem);

describe('content checks, one broken fixture per rule', () => {
  it("rejects two creators with the same id", () => {
    expect(linesFor("tests/fixtures/broken/creators/kyne.yml")).toEqual([
      "tests/fixtures/broken/creators/kyne.yml:1  (file name)  \"kyne\" is used twice (also tests/fixtures/broken/creators/kyne.yaml).  Rename one of them.",
    ]);
  });

  it("rejects an invented handle without a hyphen", () => {
    expect(linesFor("tests/fixtures/broken/creators/handle-without-hyphen.yaml")).toEqual([
      "tests/fixtures/broken/creators/handle-without-hyphen.yaml:2:9  handle  The invented handle \"studionimbe\" has no hyphen, so it could be a real account.  Add a hyphen between two of its words; TikTok and Instagram allow none in a handle, so it can then be nobody’s.",
    ]);
  });

  it("rejects a brand that does not exist, with a suggestion", () => {
    expect(linesFor("tests/fixtures/broken/stories/dangling-brand/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/dangling-brand/index.mdx:4:8  brand  No brand \"kohoo\" exists. Did you mean \"koho\"?  Use the name of a file in content/brands/ without .yaml, or add content/brands/kohoo.yaml.",
    ]);
  });

  it("rejects a creator that does not exist", () => {
    expect(linesFor("tests/fixtures/broken/stories/dangling-creator/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/dangling-creator/index.mdx:5:18  creators.1  No creator \"ghost-creator\" exists.  Use the name of a file in content/creators/ without .yaml, or add content/creators/ghost-creator.yaml.",
    ]);
  });

  it("rejects two stories with the same slug", () => {
    expect(linesFor("tests/fixtures/broken/stories/duplicate-slug.mdx")).toEqual([
      "tests/fixtures/broken/stories/duplicate-slug.mdx:1  (file name)  \"duplicate-slug\" is used twice (also tests/fixtures/broken/stories/duplicate-slug/index.mdx).  Rename one of them.",
    ]);
  });

  it("rejects a date in the future", () => {
    expect(linesFor("tests/fixtures/broken/stories/future-date/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/future-date/index.mdx:6:12  published  This date is in the future.  Use the date it was published, as YYYY-MM-DD.",
    ]);
  });

  it("rejects an event-handler attribute", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-event-handler/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-event-handler/index.mdx:38:9  (body)  The attribute onmouseover on <abbr> runs code.  Remove onmouseover.",
    ]);
  });

  it("rejects a {curly brace} expression", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-expression/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-expression/index.mdx:38:12  (body)  Text in {curly braces} runs as code.  Remove the braces, or write \\{ to show a brace.",
    ]);
  });

  it("rejects an import statement", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-import/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-import/index.mdx:17:1  (body)  import and export statements are not allowed in stories.  Remove the line; Callout, PullQuote work without importing.",
    ]);
  });

  it("rejects a <script> element", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-script/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-script/index.mdx:38:1  (body)  A <script> element runs code, which stories may not do.  Remove the <script> element.",
    ]);
  });

  it("reports an MDX syntax error where it is", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-syntax-error/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-syntax-error/index.mdx:38:25  (body)  The MDX cannot be read: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)  Check for an unclosed < or {; write a literal < as &lt; and { as \\{.",
    ]);
  });

  it("rejects a component that is not allowed", () => {
    expect(linesFor("tests/fixtures/broken/stories/mdx-unknown-component/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/mdx-unknown-component/index.mdx:38:1  (body)  <Chart> is not a component stories can use.  Use Callout, PullQuote, or plain Markdown.",
    ]);
  });

  it("rejects an image without alt text", () => {
    expect(linesFor("tests/fixtures/broken/stories/missing-alt/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/missing-alt/index.mdx:13:3  hero.alt  The hero image has no alt text.  Add alt: a sentence saying what the image shows.",
    ]);
  });

  it("rejects a missing image", () => {
    expect(linesFor("tests/fixtures/broken/stories/missing-image/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/missing-image/index.mdx:13:8  hero.src  No image file at tests/fixtures/broken/stories/missing-image/nope.jpg.  Put the image beside the story (for example ./hero.jpg) or correct the path.",
    ]);
  });

  it("rejects a story without one of its sections", () => {
    expect(linesFor("tests/fixtures/broken/stories/missing-section/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/missing-section/index.mdx:17  (body)  The section \"## What was hard\" is missing.  Add it; every story has The challenge, The approach, What was hard, Results and Takeaways.",
    ]);
  });

  it("rejects a result figure without a source", () => {
    expect(linesFor("tests/fixtures/broken/stories/result-without-source/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/result-without-source/index.mdx:13:5  results.0.source  The source is missing.  Add source: with name: \"where the figure comes from\" (and url: when public).",
    ]);
  });

  it("rejects a badly proportioned hero image", () => {
    expect(linesFor("tests/fixtures/broken/stories/square-image/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/square-image/index.mdx:13:8  hero.src  The hero image is 1200×1200, not landscape, about 16:9.  Crop it to landscape, about 16:9 (width ÷ height between 1.6 and 2).",
    ]);
  });

  it("rejects an unknown field, suggesting the one meant", () => {
    expect(linesFor("tests/fixtures/broken/stories/unknown-field/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/unknown-field/index.mdx:12:10  summery  \"summery\" is not a field we know. Did you mean \"summary\"?  Remove it or correct its spelling; CONTRIBUTING.md lists every field.",
    ]);
  });

  it("rejects an unknown taxonomy value, suggesting the one meant", () => {
    expect(linesFor("tests/fixtures/broken/stories/unknown-region/index.mdx")).toEqual([
      "tests/fixtures/broken/stories/unknown-region/index.mdx:8:11  regions.0  \"north-americas\" is not a known region. Did you mean \"north-america\"?  Use one of: east-southeast-asia, south-asia, middle-east-north-africa, sub-saharan-africa, latin-america, europe, north-america, oceania; new values are added in src/lib/taxonomy.ts (regions).",
    ]);
  });

  it('reports every problem at once, one line each', () => {
    expect(broken).toHaveLength(19);
  });
});

describe('image size', () => {
  const root = mkdtempSync(join(tmpdir(), 'casebook-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('rejects an image file over the size limit', async () => {
    cpSync('tests/fixtures/dangling', join(root, 'content'), { recursive: true });
    rmSync(join(root, 'content/stories/broken-story/index.mdx'));
    cpSync('tests/fixtures/broken/stories/future-date/index.mdx', join(root, 'content/stories/broken-story/index.mdx'));
    const noise = Buffer.from(Array.from({ length: 1600 * 900 * 3 }, (_, index) => (index * 2654435761) % 251));
    await sharp(noise, { raw: { width: 1600, height: 900, channels: 3 } }).png({ compressionLevel: 0 }).toFile(join(root, 'content/stories/broken-story/hero.jpg'));
    const problems = (await validate(root, 'content')).map(formatProblem);
    expect(problems).toContain('content/stories/broken-story/index.mdx:13:8  hero.src  The hero image is 4.3 MB, over the 2.0 MB limit.  Export it smaller (1200–2400 px wide, JPEG quality about 80).');
  });
});

