/**
 * The content model: one schema per collection, with a sentence of help for editors on every
 * field. Built from the taxonomy module, so an allowed value is listed in one place only.
 *
 * The schemas take Astro's `image()` and `reference()` helpers as arguments, which keeps this
 * module plain TypeScript: `src/content.config.ts` passes Astro's real helpers, the content
 * checker and unit tests pass their own.
 *
 * Every message reads "what is wrong. Fix: how to fix it." (see `say`), so the checker can print
 * the two apart and Astro's build output still reads as one sentence.
 */
import { z } from 'astro/zod';
import { parseCalendarDate, WrittenDate } from './date-rules.ts';
import { say } from './problems.ts';
import { isRecord } from './records.ts';
import { didYouMean, suggestCountry } from './suggest.ts';
import { addressHelp, checkLink, secureOnly, webSchemes, type Scheme } from './url-rules.ts';
import { idsOf, taxonomy, type TaxonomyName } from '#lib/taxonomy.ts';

/** The kinds of image content can carry; each has its own size rules in the checker. */
export type ImageKind = 'hero' | 'avatar' | 'logo';

/** What the schemas need from their host. */
export interface SchemaHelpers<Image = unknown> {
  /** Astro's `image()` from the schema context: a local image path, checked and measured. */
  image: (kind: ImageKind) => z.ZodType<Image>;
  /** Astro's `reference()`: an id in another collection. */
  reference: (collection: 'creators' | 'brands') => z.ZodType<{ id: string; collection: string }, string>;
  /** The ids that exist now in a collection, to reject references to missing entries. */
  existingIds: (collection: 'creators' | 'brands') => readonly string[];
  /** Today's date; content dated later is rejected. */
  today?: () => Date;
  /**
   * Why an entry that exists could not be read (a YAML syntax error, a file that is not UTF-8),
   * or undefined when it was read. A reference to such an entry says so, rather than that the
   * entry does not exist.
   */
  unreadable?: (collection: 'creators' | 'brands', id: string) => string | undefined;
}

/**
 * Helpers for reading a schema's shape (field names, help text) without validating files:
 * images are paths, references are ids, nothing exists.
 */
export const shapeOnlyHelpers: SchemaHelpers = {
  image: () => z.string(),
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
  existingIds: () => [],
};

export { say };

const nouns: Record<TaxonomyName, string> = {
  regions: 'region',
  countries: 'country code',
  languages: 'language tag',
  niches: 'niche',
  communities: 'community',
  audienceBands: 'audience band',
  industries: 'industry',
  objectives: 'objective',
  formats: 'format',
  themes: 'theme',
  platforms: 'platform',
};

/** What an issue's input looks like in a message: text as it is, anything else as JSON. */
function shown(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof WrittenDate) return input.written;
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : input.toISOString().slice(0, 10);
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(input) as string | undefined;
  return json ?? String(input);
}

/**
 * An error function for a field that may not be left out: when the value is absent it names the
 * field and says how to add it; otherwise it gives `wrong`'s message.
 */
function requiredField(field: string, fix: string, wrong: (input: unknown) => string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return say(`"${field}" is missing.`, fix);
    // "field:" with nothing after it reads as null in YAML: there, but empty.
    if (issue.input === null) return say(`"${field}" is empty.`, fix);
    return wrong(issue.input);
  };
}

/** "Did you mean" for a value of a vocabulary: countries by their names and common codes. */
function suggestion(name: TaxonomyName, input: string, ids: readonly string[]): string {
  if (name !== 'countries') return didYouMean(input, ids);
  const code = suggestCountry(input, taxonomy.countries);
  return code ? ` Did you mean "${code}"?` : '';
}

/** One value from a taxonomy vocabulary, with an error that lists the allowed values. */
export function vocabulary<N extends TaxonomyName>(name: N, required?: { field: string; fix: string }) {
  const ids = idsOf(name);
  const unknown = (input: unknown) =>
    say(`"${shown(input)}" is not a known ${nouns[name]}.${suggestion(name, shown(input), ids)}`, `use one of: ${ids.join(', ')}; new values are added in src/lib/taxonomy.ts (${name}).`);
  return z.enum(ids, { error: required ? requiredField(required.field, required.fix, unknown) : (issue) => unknown(issue.input) });
}

/** A list of taxonomy values without repeats; `field` is given when the list may not be left out. */
function vocabularyList<N extends TaxonomyName>(name: N, min: number, field?: string) {
  const notList = () => say(`This must be a list of ${nouns[name]}s.`, `write it as [a, b] or as lines starting with "- ".`);
  return z
    .array(vocabulary(name), { error: field ? requiredField(field, `add ${field}: [a, b] with ${nouns[name]}s from src/lib/taxonomy.ts (${name}).`, notList) : notList })
    .min(min, { error: say(`At least ${min} ${nouns[name]}${min === 1 ? ' is' : 's are'} needed.`, `add ${nouns[name]}s from src/lib/taxonomy.ts.`) })
    .refine((values) => new Set(values).size === values.length, {
      error: say(`A ${nouns[name]} is listed twice.`, 'list each one once.'),
    });
}

/** A list whose problems name it: absent lists take their default, present ones must be lists. */
function listOf<T extends z.ZodType>(element: T, field: string) {
  return z.array(element, {
    error: (issue) =>
      issue.input === null
        ? say(`"${field}" is empty.`, `list the values under it (as [a, b] or as lines starting with "- "), or remove the line.`)
        : say(`"${field}" is ${shown(issue.input)}, not a list.`, 'write it as [a, b] or as lines starting with "- ".'),
  });
}

/** Human text that must not be blank; `field` is its name, for the message when it is missing. */
function text(field: string, what: string, max = 4000) {
  return z
    .string({ error: requiredField(field, `add ${field}: ${what}.`, (input) => say(`${capitalise(what)} is ${Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'a group of fields' : `"${shown(input)}"`}, not text.`, `write ${what}, in quotes if it could be read as a number, a date or true/false.`)) })
    .trim()
    .min(1, { error: say(`${capitalise(what)} is empty.`, `write ${what}.`) })
    .max(max, { error: say(`${capitalise(what)} is longer than ${max} characters.`, `shorten it.`) });
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A platform handle without its @: letters, digits, dots, underscores and hyphens. */
const handlePattern = /^[a-z0-9._-]{2,30}$/i;

/** Sets of ids by list, so that a thousand references do not each scan a thousand ids. */
const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function idSet(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids);
  if (!set) {
    set = new Set(ids);
    idSets.set(ids, set);
  }
  return set;
}

/**
 * A reference to an entry in another collection that must exist. Astro's `reference()` alone
 * accepts any id and only logs a warning when the entry is missing; this fails validation.
 */
function existing(helpers: Pick<SchemaHelpers, 'reference' | 'existingIds' | 'unreadable'>, collection: 'creators' | 'brands', field?: string) {
  const folder = `content/${collection}/`;
  const noun = collection === 'creators' ? 'creator' : 'brand';
  const notName = (input: unknown) => say(`This ${noun} is ${Array.isArray(input) ? 'a list' : `"${shown(input)}"`}, not a name.`, `write the name of a file in ${folder} without .yaml.`);
  // The id is read as text first, so that a missing or mistyped one is reported with the field's
  // name in our words, whichever reference() the host passes in.
  const id = z.string({ error: field ? requiredField(field, `add ${field}: the name of a file in ${folder} without .yaml.`, notName) : (issue) => notName(issue.input) });
  return id.pipe(helpers.reference(collection)).superRefine((value, ctx) => {
    const ids = helpers.existingIds(collection);
    const unreadable = helpers.unreadable?.(collection, value.id);
    if (unreadable !== undefined) {
      ctx.addIssue({ code: 'custom', message: say(`The ${noun} "${value.id}" cannot be checked: ${unreadable}.`, 'correct that file first; its own problem is listed under its name.') });
    } else if (!idSet(ids).has(value.id)) {
      ctx.addIssue({
        code: 'custom',
        message: say(
          `No ${noun} "${value.id}" exists.${didYouMean(value.id, ids)}`,
          `use the name of a file in ${folder} without .yaml, or add ${folder}${value.id}.yaml.`,
        ),
      });
    }
  });
}

function imageWithAlt<Image>(helpers: Pick<SchemaHelpers<Image>, 'image'>, kind: ImageKind) {
  return z.strictObject(
    {
      src: helpers.image(kind).describe(`Path to the ${kind} image, relative to this file (for example ./${kind}.jpg). Required.`),
      alt: z
        .string({ error: say(`The ${kind} image has no alt text.`, `add alt: a sentence saying what the image shows.`) })
        .trim()
        .min(1, { error: say(`The ${kind} image's alt text is empty.`, `write a sentence saying what the image shows.`) })
        .max(240, { error: say('The alt text is longer than 240 characters.', 'shorten it to one sentence.') })
        .describe('What the image shows, for people who cannot see it. Required.'),
    },
    { error: requiredField(kind, `add ${kind}: with src: ./${kind}.jpg and alt: "what it shows" indented under it.`, () => say(`The ${kind} image is not in the expected form.`, `write it as src: ./file.jpg and alt: "what it shows", indented under ${kind}:.`)) },
  );
}

/**
 * A day on the calendar, written YYYY-MM-DD, not after today. Takes text, and a Date for the
 * YAML parsers that make one of an unquoted date (Astro's does); see date-rules.ts for why the
 * text is checked by hand rather than by Date.
 */
function notInFuture(helpers: Pick<SchemaHelpers, 'today'>, field: string, what: string) {
  return z
    .union([z.string(), z.date()], { error: requiredField(field, `add ${field}: ${what}, as YYYY-MM-DD.`, (input) => say(`"${shown(input)}" is not a date.`, 'write it as YYYY-MM-DD.')) })
    .transform((input, ctx) => {
      const parsed = parseCalendarDate(input);
      if ('problem' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.problem });
        return z.NEVER;
      }
      return parsed.date;
    })
    .refine((date) => date.getTime() <= (helpers.today?.() ?? new Date()).getTime(), {
      error: say('This date is in the future.', 'use the date it was published, as YYYY-MM-DD.'),
    });
}

/**
 * A web address in a URL field: only the schemes given, each link checked as url-rules.ts does,
 * and the field's help text ends with the same schemes, so the guide says what the check does.
 */
function webAddress(field: string, noun: string, schemes: readonly Scheme[], help: string) {
  return z
    .string({ error: requiredField(field, `add ${field}: the full address, starting with ${schemes.map((scheme) => `${scheme}//`).join(' or ')}.`, (input) => say(`${noun} is ${shown(input)}, not an address.`, `write the full address, starting with ${schemes.map((scheme) => `${scheme}//`).join(' or ')}.`)) })
    .superRefine((value, ctx) => {
      const problem = checkLink(value, { schemes, noun });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${help} ${addressHelp(schemes)}`);
}

/** A source: where a figure or fact comes from. */
const source = z
  .strictObject(
    {
      name: text('name', 'the source name', 200).describe('Where this comes from: a report, a dashboard export, an interview. Required.'),
      url: webAddress('url', 'The source link', webSchemes, 'A link to the source, when it is public.').optional(),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? say('The source is missing.', 'add source: with name: "where the figure comes from" (and url: when public).')
          : say('This source is not in the expected form.', 'write name: "where it comes from" (and url: https://…) indented under it.'),
    },
  )
  .describe('Where the figure comes from: name (required) and url. Required for every figure.');

/** A public statement: where a fact about a real creator was published, with its address. */
const statement = z
  .strictObject(
    {
      name: text('name', 'the source name', 200).describe('Where it was said: a video, a post, an interview. Required.'),
      url: webAddress('url', 'The source link', webSchemes, 'The address where it can be read or watched. Required.'),
    },
    { error: say('The source is not in the expected form.', 'write name: "where it was said" and url: https://… indented under it.') },
  )
  .describe('Where the creator said it publicly: name and url. Required.');

const always = { when: () => true } as const;

/** The error for a file whose YAML is not a set of fields at all (a list, a lone value). */
const entryForm = { error: say('The file is not a set of fields.', 'write one field per line, as name: value (CONTRIBUTING.md lists them).') };

/** Schema of `content/brands/<slug>.yaml`. */
export function brandSchema<Image>(helpers: Pick<SchemaHelpers<Image>, 'image'>) {
  return z
    .strictObject({
      name: text('name', 'the brand name', 80).describe('The brand name as the brand writes it. Required.'),
      aliases: listOf(text('aliases', 'an alias', 80), 'aliases').default([]).describe('Other spellings and scripts people search for (for example the name in Arabic script).'),
      about: text('about', 'a sentence about the brand', 400).describe('One or two sentences that say what the brand does. Required.'),
      industry: vocabulary('industries').optional().describe('The industry, from src/lib/taxonomy.ts. Required for illustrative brands.'),
      country: vocabulary('countries').optional().describe('Home country as an ISO code (for example CA). Required for illustrative brands.'),
      site: webAddress('site', 'The site', secureOnly, 'The brand’s own site. Only for real brands.').optional(),
      logo: imageWithAlt(helpers, 'logo').optional().describe('A logo with alt text. Leave out to show a lettermark.'),
      sources: listOf(source, 'sources').default([]).describe('Published sources this page rests on. Required for real brands.'),
      illustrative: z
        .boolean({ error: requiredField('illustrative', 'add illustrative: true for an invented brand, or false for a real one.', (input) => say(`"illustrative" is ${shown(input)}, not true or false.`, 'write illustrative: true or illustrative: false, without quotes.')) })
        .describe('true for an invented brand; false only for a real one described in a published source. Required.'),
    }, entryForm)
    // Refinements run on what the file holds, valid or not (`when: always`), so they read it as unknown.
    .superRefine((parsed: unknown, ctx) => {
      const brand = parsed;
      if (!isRecord(brand)) return;
      if (brand.illustrative === false && Array.isArray(brand.sources) && brand.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: say('A real brand needs at least one published source.', 'add sources: with name: (and url:) of where the facts were published.') });
      if (brand.illustrative !== true) return;
      if (brand.industry === undefined) ctx.addIssue({ code: 'custom', path: ['industry'], message: say('An illustrative brand needs an industry.', `add industry: one of ${idsOf('industries').join(', ')}.`) });
      if (brand.country === undefined) ctx.addIssue({ code: 'custom', path: ['country'], message: say('An illustrative brand needs a country.', 'add country: an ISO code such as NG or JP.') });
      if (brand.site !== undefined) ctx.addIssue({ code: 'custom', path: ['site'], message: say('An illustrative brand is invented and has no site.', 'remove site.') });
    }, always);
}

const mention = <Image>(helpers: SchemaHelpers<Image>) =>
  z.strictObject(
    {
      brand: existing(helpers, 'brands', 'brand').describe('The brand named in the video: a file name in content/brands/. Required.'),
      title: text('title', 'the video title', 200).describe('The video’s title as published. Required.'),
      date: notInFuture(helpers, 'date', 'the day the video was published').describe('The day the video was published (YYYY-MM-DD). Required.'),
      platform: vocabulary('platforms').default('tiktok').describe('Where the video was published.'),
      url: webAddress('url', 'The video link', secureOnly, 'Link to the video. Required for real creators; invented videos have none.').optional(),
    },
    { error: say('This mention is not in the expected form.', 'write brand:, title:, date: (and platform:, url:) indented under "- ".') },
  );

/** Schema of `content/creators/<id>.yaml`; the file name is the creator's id on this site, not an account. */
export function creatorSchema<Image>(helpers: SchemaHelpers<Image>) {
  return z
    .strictObject({
      name: text('name', 'the creator’s name', 80).describe('The name the creator uses, in its own script. Required.'),
      nameLang: vocabulary('languages').optional().describe('The language of the name when it is not in Latin script (for example ja), so it renders correctly.'),
      aliases: listOf(text('aliases', 'an alias', 80), 'aliases').default([]).describe('Other spellings, such as the name in Latin script; searched as well as the name.'),
      handle: z
        .string({ error: say('The handle is not text.', 'write the handle without @, for example handle: studio-nimbe.') })
        .superRefine((value, ctx) => {
          if (value.startsWith('@')) ctx.addIssue({ code: 'custom', message: say(`The handle "${value}" starts with @.`, `drop the @: write handle: ${value.replace(/^@+/, '')}; the site adds the @ itself.`) });
          else if (!handlePattern.test(value)) ctx.addIssue({ code: 'custom', message: say('The handle has characters a platform handle cannot have.', 'use letters, digits, dots, underscores and hyphens, without @.') });
        })
        .optional()
        .describe('The creator’s platform handle without @, shown as @handle. Leave out when the creator has none; for a real creator, only a handle a cited source gives (handleSource). Invented handles contain a hyphen, which TikTok and Instagram do not allow, so they can be nobody’s account.'),
      handleSource: statement.optional().describe('For a real creator’s handle: the published source that gives it.'),
      platforms: listOf(vocabulary('platforms'), 'platforms').default([]).describe('Platforms the creator publishes on. Required for illustrative creators; for a real one, only those a source names.'),
      region: vocabulary('regions').optional().describe('The region the creator is from or works from. Required for illustrative creators; for a real one, only when a source says.'),
      country: vocabulary('countries').optional().describe('Country the creator is based in, as an ISO code. Only when stated publicly.'),
      languages: vocabularyList('languages', 0).default([]).describe('Languages the creator makes videos in, as BCP 47 tags. Required for illustrative creators.'),
      niches: vocabularyList('niches', 1, 'niches').describe('What the creator makes videos about. At least one. Required.'),
      communities: vocabularyList('communities', 0).default([]).describe('Communities the creator has publicly said they belong to. Never guess; leave empty when unsure. A real creator needs a source for each (communitySources).'),
      communitySources: z
        .partialRecord(vocabulary('communities'), statement)
        .default({})
        .describe('For a real creator: per community, the public statement in which the creator says it of themselves (name and url).'),
      audience: vocabulary('audienceBands').optional().describe('Audience size band. Required for illustrative creators.'),
      bio: text('bio', 'a short bio', 400).describe('Two or three sentences about the creator’s work. Required. For a real creator, only what a source says, with no pronoun the source does not give.'),
      avatar: imageWithAlt(helpers, 'avatar').optional().describe('A square portrait with alt text. Leave out to show initials.'),
      mentions: listOf(mention(helpers), 'mentions').default([]).describe('Videos in which the creator names a brand; they power “creators who already mention your brand”.'),
      sources: listOf(source, 'sources').default([]).describe('Published sources this profile rests on. Required for real creators.'),
      illustrative: z
        .boolean({ error: requiredField('illustrative', 'add illustrative: true for an invented creator, or false for a real one.', (input) => say(`"illustrative" is ${shown(input)}, not true or false.`, 'write illustrative: true or illustrative: false, without quotes.')) })
        .describe('true for an invented creator; false only for a real one described in a published source. Required.'),
    }, entryForm)
    // Refinements run on what the file holds, valid or not (`when: always`), so they read it as unknown.
    .superRefine((parsed: unknown, ctx) => {
      const creator = parsed;
      if (!isRecord(creator)) return;
      const issue = (path: PropertyKey[], what: string, fix: string) => ctx.addIssue({ code: 'custom', path, message: say(what, fix) });
      if (creator.illustrative === true) {
        if (creator.region === undefined) issue(['region'], 'An illustrative creator needs a region.', `add region: one of ${idsOf('regions').join(', ')}.`);
        if (creator.country === undefined) issue(['country'], 'An illustrative creator needs a country.', 'add country: an ISO code such as KE or ID.');
        if (Array.isArray(creator.languages) && creator.languages.length === 0) issue(['languages'], 'An illustrative creator needs at least one language.', 'add languages: [en] (BCP 47 tags).');
        if (creator.audience === undefined) issue(['audience'], 'An illustrative creator needs an audience band.', `add audience: one of ${idsOf('audienceBands').join(', ')}.`);
        if (Array.isArray(creator.platforms) && creator.platforms.length === 0) issue(['platforms'], 'An illustrative creator needs at least one platform.', `add platforms: one or more of ${idsOf('platforms').join(', ')}.`);
        // A handle written with @ is reported once, for the @; its hyphen is checked once that is gone.
        if (typeof creator.handle === 'string' && !creator.handle.startsWith('@') && !creator.handle.includes('-')) issue(['handle'], `The invented handle "${creator.handle}" has no hyphen, so it could be a real account.`, 'add a hyphen between two of its words; TikTok and Instagram allow none in a handle, so it can then be nobody’s.');
        if (creator.handleSource !== undefined) issue(['handleSource'], 'An invented creator’s handle has no source.', 'remove handleSource.');
      }
      if (creator.illustrative === false) {
        if (Array.isArray(creator.sources) && creator.sources.length === 0) issue(['sources'], 'A real creator needs at least one published source.', 'add sources: with name: (and url:) of where the facts were published.');
        if (creator.handle !== undefined && creator.handleSource === undefined) issue(['handle'], 'A real creator’s handle needs the source that gives it.', 'add handleSource: with name: and url:, or remove handle.');
        if (Array.isArray(creator.communities)) {
          const cited = isRecord(creator.communitySources) ? creator.communitySources : {};
          creator.communities.forEach((community: unknown, index) => {
            if (typeof community === 'string' && !(community in cited)) issue(['communities', index], `"${community}" has no public statement by the creator.`, `add communitySources: ${community}: with the name: and url: where the creator says it of themselves, or remove it.`);
          });
        }
      }
      if (isRecord(creator.communitySources) && Array.isArray(creator.communities)) {
        for (const key of Object.keys(creator.communitySources)) {
          if (!(creator.communities as readonly string[]).includes(key)) issue(['communitySources', key], `"${key}" has a source but is not in communities.`, `add ${key} to communities, or remove its source.`);
        }
      }
      if (Array.isArray(creator.mentions)) {
        creator.mentions.forEach((item: unknown, index) => {
          if (!isRecord(item)) return;
          if (creator.illustrative === true && item.url !== undefined) issue(['mentions', index, 'url'], 'An invented video cannot have a link.', 'remove url, or set illustrative: false for a real creator.');
          if (creator.illustrative === false && item.url === undefined) issue(['mentions', index, 'url'], 'A real creator’s mention has no link to the video.', 'add url: the address of the video, as evidence.');
        });
      }
      const country = taxonomy.countries.find((value) => value.id === creator.country);
      if (country && typeof creator.region === 'string' && country.region !== creator.region) {
        issue(['region'], `${country.label} is in region "${country.region}", not "${creator.region}".`, 'change region or country so they agree.');
      }
    }, always);
}

/** Schema of the front matter of `content/stories/<slug>/index.mdx`. */
export function storySchema<Image>(helpers: SchemaHelpers<Image>) {
  return z
    .strictObject({
      title: text('title', 'the title', 110).describe('The headline: who did what, in under 110 characters. Required.'),
      summary: text('summary', 'the summary', 300).describe('One or two sentences for cards, search results and link previews. Required.'),
      brand: existing(helpers, 'brands', 'brand').describe('The brand: a file name in content/brands/ without .yaml. Required.'),
      creators: listOf(existing(helpers, 'creators'), 'creators').default([]).describe('The creators: file names in content/creators/ without .yaml. At least one for illustrative stories.'),
      published: notInFuture(helpers, 'published', 'the day the story is published here').describe('The day the story is published here (YYYY-MM-DD). Required.'),
      campaignYear: z
        .number({ error: say('The campaign year is not a number.', 'write the year the campaign ran, for example 2024.') })
        .int({ error: say('The campaign year is not a whole number.', 'write a four-digit year, for example 2024.') })
        .min(2000, { error: say('The campaign year is before 2000.', 'write a four-digit year from 2000 on.') })
        .max(2100, { error: say('The campaign year is after 2100.', 'write a four-digit year, for example 2024.') })
        .optional()
        .describe('The year the campaign ran. Required for illustrative stories; leave out when a source does not say.'),
      regions: vocabularyList('regions', 0).default([]).describe('Regions where the campaign ran. Required for illustrative stories.'),
      industry: vocabulary('industries').optional().describe('The brand’s industry for this campaign. Required for illustrative stories.'),
      objectives: vocabularyList('objectives', 0).default([]).describe('What the brand set out to achieve. Required for illustrative stories; for a real one, only what a source states.'),
      formats: vocabularyList('formats', 0).default([]).describe('Video formats the campaign used. Required for illustrative stories; for a real one, only what a source states.'),
      themes: vocabularyList('themes', 0).default([]).describe('Themes the story speaks to, for readers who browse by idea.'),
      results: listOf(
          z.strictObject(
            {
              value: z.number({ error: requiredField('value', 'add value: the figure, as a plain number.', () => say('The figure is not a number.', 'write it as a plain number, for example 38 or 1200000.')) }).describe('The figure, as a plain number. Required.'),
              unit: z.enum(['count', 'percent', 'times'], { error: say('The unit is not one we know.', 'use unit: count, percent or times.') }).default('count').describe('How to read the value: count, percent, or times (a multiple).'),
              measures: text('measures', 'what the figure measures', 160).describe('What the figure measures, for example “more sign-ups than the previous campaign”. Required.'),
              period: text('period', 'the period the figure covers', 80).describe('The period it covers, for example “first 30 days”. Required.'),
              source,
            },
            { error: say('This result is not in the expected form.', 'write value:, unit:, measures:, period: and source: indented under "- ".') },
          ),
          'results',
        )
        .default([])
        .describe('Outcome figures. Every figure needs a source and a period.'),
      quotes: listOf(
          z.strictObject(
            {
              text: text('text', 'the quote', 600).describe('The words said. Required.'),
              by: text('by', 'who said it', 80).describe('Who said it. Required.'),
              role: text('role', 'their role', 120).describe('Their role, for example “Head of brand, Example Co.”. Required.'),
              side: z.enum(['brand', 'creator', 'agency', 'platform'], { error: requiredField('side', 'add side: brand, creator, agency or platform.', () => say('The side is not one we know.', 'use side: brand, creator, agency or platform.')) }).describe('Which side of the partnership the speaker is on: brand, creator, agency or platform. Required.'),
            },
            { error: say('This quote is not in the expected form.', 'write text:, by:, role: and side: indented under "- ".') },
          ),
          'quotes',
        )
        .default([])
        .describe('Quotes from both sides. Real people may only be quoted from a published source.'),
      sources: listOf(source, 'sources').default([]).describe('Published sources the story rests on. Required for stories that are not illustrative.'),
      hero: imageWithAlt(helpers, 'hero').describe('The image at the top of the story, with alt text. At least 1200 px wide, about 16:9. Required.'),
      featured: z.boolean({ error: (issue) => say(`"featured" is ${shown(issue.input)}, not true or false.`, 'write featured: true or featured: false, without quotes.') }).default(false).describe('true to show the story on the home page.'),
      illustrative: z
        .boolean({ error: requiredField('illustrative', 'add illustrative: true for an invented example, or false for a real partnership.', (input) => say(`"illustrative" is ${shown(input)}, not true or false.`, 'write illustrative: true or illustrative: false, without quotes.')) })
        .describe('true for an invented example; false only for a real partnership described in a published source. Required.'),
    }, entryForm)
    // Refinements run on what the file holds, valid or not (`when: always`), so they read it as unknown.
    .superRefine((parsed: unknown, ctx) => {
      const story = parsed;
      if (!isRecord(story)) return;
      if (story.illustrative === true) {
        if (Array.isArray(story.creators) && story.creators.length === 0) ctx.addIssue({ code: 'custom', path: ['creators'], message: say('An illustrative story needs at least one creator.', 'add creators: [id] (file names in content/creators/, without .yaml).') });
        if (story.campaignYear === undefined) ctx.addIssue({ code: 'custom', path: ['campaignYear'], message: say('An illustrative story needs the year its campaign ran.', 'add campaignYear: 2024 (for example).') });
        if (Array.isArray(story.regions) && story.regions.length === 0) ctx.addIssue({ code: 'custom', path: ['regions'], message: say('An illustrative story needs at least one region.', `add regions: one or more of ${idsOf('regions').join(', ')}.`) });
        if (story.industry === undefined) ctx.addIssue({ code: 'custom', path: ['industry'], message: say('An illustrative story needs an industry.', `add industry: one of ${idsOf('industries').join(', ')}.`) });
        if (Array.isArray(story.objectives) && story.objectives.length === 0) ctx.addIssue({ code: 'custom', path: ['objectives'], message: say('An illustrative story needs at least one objective.', `add objectives: one or more of ${idsOf('objectives').join(', ')}.`) });
        if (Array.isArray(story.formats) && story.formats.length === 0) ctx.addIssue({ code: 'custom', path: ['formats'], message: say('An illustrative story needs at least one format.', `add formats: one or more of ${idsOf('formats').join(', ')}.`) });
      } else if (story.illustrative === false && Array.isArray(story.sources) && story.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: say('A real partnership needs at least one published source.', 'add sources: with name: and url: of where the facts were published.') });
      }
    }, always);
}
