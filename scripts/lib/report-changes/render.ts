/**
 * Renders a {@link ContentChanges} as the Markdown posted in a pull request's job summary. Pure:
 * the same changes always give the same text. Everything taken from content files goes through
 * `text()` or `code()`, so a title cannot add links, images or HTML to the summary.
 */
import { labelOf } from '#lib/taxonomy.ts';
import {
  taxonomyPath,
  type BrandInfo,
  type ContentChanges,
  type CreatorInfo,
  type StoryInfo,
  type TaxonomyEntry,
  type TaxonomyValueChange,
} from './changes.ts';

/** Text that Markdown shows as written: on one line, with its markup characters escaped. */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}

/** An id in a code span (a backtick inside would end the span early, so it is replaced). */
function code(value: string): string {
  return `\`${value.replace(/\s+/g, ' ').replaceAll('`', "'")}\``;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
function sentenceList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function renamed(from: string | undefined): string {
  return from === undefined ? '' : `, renamed from ${code(from)}`;
}

function kindOfStory(illustrative: boolean | undefined): string {
  if (illustrative === true) return 'illustrative';
  if (illustrative === false) return 'real partnership';
  return '**illustrative not set**';
}

function kindOfEntity(illustrative: boolean | undefined): string {
  if (illustrative === true) return 'illustrative';
  if (illustrative === false) return 'real';
  return '**illustrative not set**';
}

function countryText(country: string | undefined): string {
  if (country === undefined || country === '') return 'no country';
  const label = labelOf('countries', country);
  return label === country ? code(country) : `${text(label)} (${text(country)})`;
}

function storyLine(story: StoryInfo, detail: boolean): string {
  const head = `- **${text(story.title)}** (${code(story.slug)}${renamed(story.renamedFrom)})`;
  if (!detail) return head;
  const creators = story.creators ?? [];
  const facts = [
    `brand ${story.brand === undefined ? 'not set' : code(story.brand)}`,
    creators.length === 0
      ? 'no creators'
      : `${creators.length === 1 ? 'creator' : 'creators'} ${creators.map(code).join(', ')}`,
    kindOfStory(story.illustrative),
  ];
  return `${head}: ${facts.join('; ')}`;
}

/**
 * The id is what stories cite and the handle what readers see, so both are named: an id is not
 * an account, and a creator without a handle has none to show.
 */
function creatorLine(creator: CreatorInfo, detail: boolean): string {
  // The schema refuses a handle written with @, but the report shows the file as it is.
  const handle =
    creator.handle === undefined ? '' : `, handle ${code(`@${creator.handle.replace(/^@+/, '')}`)}`;
  const head = `- ${text(creator.name)} (${code(creator.id)}${renamed(creator.renamedFrom)}${handle})`;
  return detail
    ? `${head}: ${countryText(creator.country)}; ${kindOfEntity(creator.illustrative)}`
    : head;
}

function brandLine(brand: BrandInfo, detail: boolean): string {
  const head = `- ${text(brand.name)} (${code(brand.slug)}${renamed(brand.renamedFrom)})`;
  return detail ? `${head}: ${kindOfEntity(brand.illustrative)}` : head;
}

/** One line per vocabulary, vocabularies in their order of first appearance. */
function byVocabulary<T extends TaxonomyEntry>(
  entries: readonly T[],
  show: (entry: T) => string,
): string[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const list = groups.get(entry.vocabulary) ?? [];
    list.push(entry);
    groups.set(entry.vocabulary, list);
  }
  return [...groups].map(
    ([vocabulary, list]) => `- ${text(vocabulary)}: ${list.map(show).join(', ')}`,
  );
}

function valueText(entry: TaxonomyEntry): string {
  return entry.label === undefined ? code(entry.id) : `${code(entry.id)} (${text(entry.label)})`;
}

/** `` `KE` (Kenya → Kenia; region changed) ``: the new label, what it was, and what else moved. */
function valueChangeText(change: TaxonomyValueChange): string {
  const label =
    change.previousLabel === undefined
      ? change.label
      : `${change.previousLabel} → ${change.label ?? 'no label'}`;
  const fields = change.fields.length === 0 ? undefined : `${sentenceList(change.fields)} changed`;
  const parts = [label, fields].filter((part) => part !== undefined).map(text);
  return parts.length === 0 ? code(change.id) : `${code(change.id)} (${parts.join('; ')})`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `### ${title}`, '', ...lines];
}

/**
 * Renders the changes as Markdown for a GitHub job summary: a "Content changes" heading, one
 * sentence of counts, then a list per kind of change that has any entries. When nothing changed
 * the sentence says so and there are no lists.
 *
 * @param changes What changed, as `gatherChanges` returns it or built by hand.
 * @returns The report, ending with a newline.
 */
export function renderReport(changes: ContentChanges): string {
  const { stories, creators, brands, taxonomy } = changes;
  const changedValues = taxonomy.changed ?? [];
  const removedValues = taxonomy.removed ?? [];
  const otherFiles = changes.otherFiles ?? [];
  const since = `compared with ${code(changes.base)}`;

  const counts = [
    [stories.added.length, 'new story', 'new stories'],
    [stories.changed.length, 'changed story', 'changed stories'],
    [stories.removed.length, 'removed story', 'removed stories'],
    [creators.added.length, 'new creator', 'new creators'],
    [creators.changed.length, 'changed creator', 'changed creators'],
    [creators.removed.length, 'removed creator', 'removed creators'],
    [brands.added.length, 'new brand', 'new brands'],
    [brands.changed.length, 'changed brand', 'changed brands'],
    [brands.removed.length, 'removed brand', 'removed brands'],
    [taxonomy.added.length, 'new taxonomy value', 'new taxonomy values'],
    [changedValues.length, 'changed taxonomy value', 'changed taxonomy values'],
    [removedValues.length, 'removed taxonomy value', 'removed taxonomy values'],
    [otherFiles.length, 'other content file', 'other content files'],
  ] as const;
  const parts = counts
    .filter(([n]) => n > 0)
    .map(([n, singular, plural]) => count(n, singular, plural));
  const valueCount = taxonomy.added.length + changedValues.length + removedValues.length;
  if (taxonomy.notCompared !== undefined) {
    parts.push(`edits to ${taxonomyPath} whose values could not be compared`);
  } else if (taxonomy.fileChanged && valueCount === 0) {
    // A comment, a reordering or a new helper: worth a look, though no value came or went.
    parts.push(`edits to ${taxonomyPath} that change no values`);
  }

  const lines = ['## Content changes', ''];
  if (parts.length === 0) {
    lines.push(`Nothing changed under content/ or in ${taxonomyPath}, ${since}.`);
    return `${lines.join('\n')}\n`;
  }
  const summary = sentenceList(parts);
  lines.push(`${summary.charAt(0).toUpperCase()}${summary.slice(1)}, ${since}.`);

  lines.push(
    ...section(
      'New stories',
      stories.added.map((story) => storyLine(story, true)),
    ),
    ...section(
      'Changed stories',
      stories.changed.map((story) => storyLine(story, false)),
    ),
    ...section(
      'Removed stories',
      stories.removed.map((story) => storyLine(story, false)),
    ),
    ...section(
      'New creators',
      creators.added.map((creator) => creatorLine(creator, true)),
    ),
    ...section(
      'Changed creators',
      creators.changed.map((creator) => creatorLine(creator, false)),
    ),
    ...section(
      'Removed creators',
      creators.removed.map((creator) => creatorLine(creator, false)),
    ),
    ...section(
      'New brands',
      brands.added.map((brand) => brandLine(brand, true)),
    ),
    ...section(
      'Changed brands',
      brands.changed.map((brand) => brandLine(brand, false)),
    ),
    ...section(
      'Removed brands',
      brands.removed.map((brand) => brandLine(brand, false)),
    ),
    ...section('New taxonomy values', byVocabulary(taxonomy.added, valueText)),
    ...section('Changed taxonomy values', byVocabulary(changedValues, valueChangeText)),
    ...section('Removed taxonomy values', byVocabulary(removedValues, valueText)),
    ...section(
      'Taxonomy values not compared',
      taxonomy.notCompared === undefined ? [] : [text(taxonomy.notCompared)],
    ),
    ...section(
      'Other content files',
      otherFiles.map((file) => `- ${code(file)}`),
    ),
  );
  return `${lines.join('\n')}\n`;
}
