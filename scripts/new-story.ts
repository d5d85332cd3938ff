/**
 * Starts a story: asks for the title, brand, creators, regions and the rest (or takes them as
 * flags), offers the brands and creators that exist, creates new brand or creator files when
 * asked, picks a unique slug, and writes content/stories/<slug>/index.mdx with every required
 * field and each section's guidance, plus an abstract hero image. It never overwrites a file.
 *
 *   npm run new:story                       asks for everything
 *   npm run new:story -- --title "…" --brand koho --creators kyne --regions north-america \
 *     --industry finance --objectives awareness --formats short-video --year 2024
 *   npm run new:story -- --help
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import GithubSlugger from 'github-slugger';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { contentDir, listDataIds, writeNewFile } from '#lib/content/content-files-fs.ts';
import { requiredSections } from '#lib/content/section-headings.ts';
import { didYouMean } from '#lib/content/suggest.ts';
import { reservedIds } from '#lib/search/facet-pages.ts';
import { idsOf, type TaxonomyName } from '#lib/taxonomy.ts';
import { heroSvg } from '#lib/site/hero-art.ts';

const options = {
  title: { type: 'string' },
  summary: { type: 'string' },
  brand: { type: 'string' },
  creators: { type: 'string' },
  regions: { type: 'string' },
  industry: { type: 'string' },
  objectives: { type: 'string' },
  formats: { type: 'string' },
  themes: { type: 'string' },
  year: { type: 'string' },
  real: { type: 'boolean', default: false },
  'source-name': { type: 'string' },
  'source-url': { type: 'string' },
  'new-brand': { type: 'string', multiple: true },
  'new-creator': { type: 'string', multiple: true },
  yes: { type: 'boolean', short: 'y', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const help = `Start a new story.

  npm run new:story                 asks for each field, offering what exists
  npm run new:story -- [flags]      takes fields as flags; asks only for what is missing

Flags (lists are comma-separated ids; see src/lib/taxonomy.ts):
  --title "…"            headline (required)
  --summary "…"          one or two sentences
  --brand id             a file name in content/brands/
  --creators a,b         file names in content/creators/
  --regions, --objectives, --formats, --themes   lists of taxonomy ids
  --industry id          --year 2024
  --real                 a real partnership (needs --source-name, and --source-url if public)
  --new-brand JSON       create a brand: '{"id":"x","name":"X","industry":"retail","country":"KE","about":"…"}'
  --new-creator JSON     create a creator: '{"id":"x","name":"X","handle":"x-studio","region":"europe",
                         "country":"FR","languages":["fr"],"niches":["food"],"audience":"micro","bio":"…"}'
  --yes                  never ask; fail with a message when something is missing
`;

const root = process.cwd();
const { values: flags } = parseArgs({ options, allowPositionals: false });
if (flags.help) {
  console.log(help);
  process.exit(0);
}

const interactive = !flags.yes && process.stdin.isTTY;
const prompt = interactive
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;

/** Stops with a message an editor can act on. */
function fail(message: string): never {
  console.error(`new:story: ${message}`);
  prompt?.close();
  process.exit(2);
}

async function ask(question: string, fallback?: string): Promise<string> {
  if (!prompt) {
    if (fallback !== undefined) return fallback;
    fail(`${question.replace(/[:?]\s*$/, '')} is missing; pass it as a flag (see --help).`);
  }
  const answer = (await prompt.question(`${question}${fallback ? ` [${fallback}]` : ''} `)).trim();
  return answer || fallback || '';
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Asks (or reads a flag) until every value is one of `allowed`. */
async function choose(
  label: string,
  flag: string | undefined,
  allowed: readonly string[],
  min: number,
): Promise<string[]> {
  let values = list(flag);
  // An optional list is still offered once to a person at the keyboard.
  if (flag === undefined && prompt && min === 0)
    values = list(await ask(`${label}, optional (${allowed.join(', ')}):`));
  for (;;) {
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length === 0 && values.length >= min) return values;
    const problem =
      unknown.length > 0
        ? `"${unknown[0]}" is not a known ${label}.${didYouMean(unknown[0] ?? '', allowed)}`
        : `Give at least ${min} ${label}.`;
    if (!prompt) fail(`${problem} Use: ${allowed.join(', ')}.`);
    if (values.length > 0) console.log(`  ${problem}`);
    values = list(await ask(`${label} (${allowed.join(', ')}):`));
  }
}

function vocabularyChoice(
  name: TaxonomyName,
  label: string,
  flag: string | undefined,
  min: number,
) {
  return choose(label, flag, idsOf(name), min);
}

/** Writes a new file, refusing to replace one that exists. */
function create(path: string, text: string): void {
  const problem = writeNewFile(path, text);
  if (problem) fail(problem);
  console.log(`  created ${path}`);
}

function parseJson(kind: string, text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  fail(`--new-${kind} must be a JSON object, for example '{"id":"x","name":"X"}'.`);
}

/** A field given as text in the flags, or the answer to a question. */
async function given(value: unknown, question: string): Promise<string> {
  return typeof value === 'string' ? value : ask(question);
}

/** Creates a brand file from flags or answers. */
async function createBrand(fields: Record<string, unknown>): Promise<string> {
  const name = await given(fields.name, 'Brand name:');
  const id = typeof fields.id === 'string' ? fields.id : toSlug(name);
  const brand = {
    name,
    about: await given(fields.about, 'One sentence on what the brand does:'),
    industry: (
      await vocabularyChoice('industries', 'industry', fields.industry as string | undefined, 1)
    )[0],
    country: (
      await choose('country code', fields.country as string | undefined, idsOf('countries'), 1)
    )[0],
    illustrative: true,
  };
  create(join(root, contentDir, 'brands', `${id}.yaml`), stringify(brand));
  return id;
}

/**
 * Creates a creator file from flags or answers. The file name is the creator's id on the site;
 * the platform handle is asked for separately (an invented one needs a hyphen, which TikTok and
 * Instagram do not allow, so that it can be nobody's account).
 */
async function createCreator(fields: Record<string, unknown>): Promise<string> {
  const name = await given(fields.name, 'Name, in its own script:');
  const id =
    typeof fields.id === 'string'
      ? fields.id
      : toSlug(
          /\p{Script=Latin}/u.test(name)
            ? name
            : await given(undefined, 'The name in Latin script, for the file name:'),
        );
  const handle = (
    await given(
      fields.handle,
      'Platform handle, without @ (an invented one needs a hyphen; leave empty for none):',
    )
  ).trim();
  const joined = (key: string) =>
    Array.isArray(fields[key])
      ? (fields[key] as unknown[]).join(',')
      : (fields[key] as string | undefined);
  const creator = {
    name,
    ...(handle ? { handle } : {}),
    platforms: await vocabularyChoice('platforms', 'platform', joined('platforms') ?? 'tiktok', 1),
    region: (
      await vocabularyChoice('regions', 'region', fields.region as string | undefined, 1)
    )[0],
    country: (
      await choose('country code', fields.country as string | undefined, idsOf('countries'), 1)
    )[0],
    languages: await vocabularyChoice('languages', 'language', joined('languages'), 1),
    niches: await vocabularyChoice('niches', 'niche', joined('niches'), 1),
    communities: [],
    audience: (
      await vocabularyChoice(
        'audienceBands',
        'audience band',
        fields.audience as string | undefined,
        1,
      )
    )[0],
    bio: await given(fields.bio, 'Two sentences about their work:'),
    illustrative: true,
    mentions: [],
  };
  create(join(root, contentDir, 'creators', `${id}.yaml`), stringify(creator));
  return id;
}

/** Resolves ids to existing entries, offering to create the missing ones. */
async function pick(
  kind: 'brands' | 'creators',
  flag: string | undefined,
  min: number,
): Promise<string[]> {
  const noun = kind === 'brands' ? 'brand' : 'creator';
  const existing = listDataIds(root, kind);
  let wanted = list(flag);
  if (wanted.length === 0) {
    if (prompt) console.log(`\nExisting ${kind}: ${existing.join(', ')}`);
    wanted = list(
      await ask(
        `${kind === 'brands' ? 'Brand' : 'Creators (comma-separated)'}, or a new id to create:`,
      ),
    );
  }
  if (wanted.length < min) fail(`Give at least ${min} ${noun}.`);
  const result: string[] = [];
  for (const id of wanted) {
    if (existing.includes(id)) {
      result.push(id);
      continue;
    }
    const hint = didYouMean(id, existing);
    if (!prompt)
      fail(`No ${noun} "${id}".${hint} Use an existing one, or create it with --new-${noun}.`);
    const answer = (
      await ask(`No ${noun} "${id}".${hint} Create content/${kind}/${id}.yaml? (y/N)`, 'n')
    ).toLowerCase();
    if (answer !== 'y') fail(`Stopped: no ${noun} "${id}". Nothing was written.`);
    result.push(kind === 'brands' ? await createBrand({ id }) : await createCreator({ id }));
  }
  return result;
}

/** Lowercase words joined by single hyphens, at most about 60 characters, cut at a word. */
function toSlug(text: string): string {
  return new GithubSlugger()
    .slug(text)
    .split('-')
    .filter(Boolean)
    .reduce(
      (slug, word) => (slug.length + word.length < 60 ? (slug ? `${slug}-${word}` : word) : slug),
      '',
    );
}

/** A slug from the title that no story uses yet and no other page under /stories/ starts with. */
function uniqueSlug(title: string): string {
  const base = toSlug(title);
  if (!base) fail('The title has no letters or digits to make a file name from.');
  let slug = base;
  for (
    let n = 2;
    reservedIds.stories.includes(slug) ||
    existsSync(join(root, contentDir, 'stories', slug)) ||
    existsSync(join(root, contentDir, 'stories', `${slug}.mdx`));
    n += 1
  )
    slug = `${base}-${n}`;
  return slug;
}

const guidance: Record<(typeof requiredSections)[number], string> = {
  'The challenge':
    'What did the brand need, and why could it not get there on its own? Who was it trying to reach, and what had it tried before? Two or three short paragraphs.',
  'The approach':
    'How did brand and creator find each other, and why this creator? What did they make, on which platform, over what time? What freedom did the creator have?',
  'What was hard':
    'Be honest and specific: the brief that felt forced, the fear the creator would not fit the brand, the delay, the comment section that turned. Readers learn most here.',
  Results:
    'Explain the figures in the front matter: what they show, what they do not, and how they compare with what came before. Every figure needs its source and period.',
  Takeaways:
    '- **A short lesson.** One sentence that a marketer could act on.\n- **Another lesson.** One sentence.\n- **A third lesson.** One sentence.',
};

async function main() {
  for (const text of flags['new-brand'] ?? []) await createBrand(parseJson('brand', text));
  for (const text of flags['new-creator'] ?? []) await createCreator(parseJson('creator', text));

  const title = flags.title ?? (await ask('Title (who did what, under 110 characters):'));
  if (!title.trim()) fail('A title is required.');
  const summary =
    flags.summary ??
    (await ask(
      'Summary (one or two sentences):',
      'One or two sentences: who worked together, on what, and what came of it.',
    ));
  const brand = (await pick('brands', flags.brand, 1))[0];
  const real =
    flags.real ||
    (prompt !== undefined &&
      flags.title === undefined &&
      (
        await ask('Is this a real partnership described in a published source? (y/N)', 'n')
      ).toLowerCase() === 'y');
  const creators = await pick('creators', flags.creators, real ? 0 : 1);
  const regions = await vocabularyChoice('regions', 'region', flags.regions, real ? 0 : 1);
  const industry = (await vocabularyChoice('industries', 'industry', flags.industry, 1))[0];
  const objectives = await vocabularyChoice('objectives', 'objective', flags.objectives, 1);
  const formats = await vocabularyChoice('formats', 'format', flags.formats, 1);
  const themes = await vocabularyChoice(
    'themes',
    'theme',
    flags.themes ?? (prompt ? undefined : ''),
    0,
  );
  const year = Number(
    flags.year ?? (await ask('Year the campaign ran:', String(new Date().getUTCFullYear()))),
  );
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    fail('The year must be a four-digit year, for example 2024.');
  const sources = real
    ? [
        {
          name: flags['source-name'] ?? (await ask('Published source (name):')),
          ...(flags['source-url'] ? { url: flags['source-url'] } : {}),
        },
      ]
    : [];
  if (real && !sources[0]?.name) fail('A real partnership needs --source-name.');
  prompt?.close();

  const slug = uniqueSlug(title);
  const folder = join(root, contentDir, 'stories', slug);
  const data = {
    title,
    summary,
    brand,
    creators,
    published: new Date().toISOString().slice(0, 10),
    campaignYear: year,
    regions,
    industry,
    objectives,
    formats,
    themes,
    ...(real ? { sources } : {}),
    hero: { src: './hero.jpg', alt: 'Abstract geometric artwork of circles, arcs and triangles.' },
    featured: false,
    illustrative: !real,
  };
  const examples = [
    '# results: every figure with what it measures, its period and its source. For example:',
    '#   - value: 38',
    '#     unit: percent            # count, percent or times',
    '#     measures: more sign-ups than the previous campaign',
    '#     period: first 30 days',
    '#     source:',
    '#       name: Brand campaign dashboard',
    'results: []',
    '# quotes: from both sides, for example:',
    '#   - text: What they said.',
    '#     by: Their name',
    '#     role: Their role',
    '#     side: brand                # brand, creator, agency or platform',
    'quotes: []',
  ];
  const body = requiredSections
    .map((section) => `## ${section}\n\n${guidance[section]}\n`)
    .join('\n');
  mkdirSync(folder, { recursive: false });
  create(
    join(folder, 'index.mdx'),
    `---\n${stringify(data).trimEnd()}\n${examples.join('\n')}\n---\n\n${body}`,
  );
  await sharp(Buffer.from(heroSvg(slug)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(join(folder, 'hero.jpg'));
  console.log(`  created ${join(folder, 'hero.jpg')}`);
  console.log(
    `\nNext: write the story in ${join(contentDir, 'stories', slug, 'index.mdx')}, then run npm run check:content and npm run dev.`,
  );
}

await main();
