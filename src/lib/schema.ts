/**
 * The content model: one schema per collection, with a sentence of help for editors on every
 * field. Built from the taxonomy module, so an allowed value is listed in one place only.
 *
 * The schemas take Astro's `image()` and `reference()` helpers as arguments, which keeps this
 * module plain TypeScript: `src/content.config.ts` passes Astro's real helpers, unit tests pass
 * small stand-ins.
 */
import { z } from 'astro/zod';
import { didYouMean } from './suggest';
import { idsOf, taxonomy, type TaxonomyName } from './taxonomy';

/** What the schemas need from Astro. */
export interface SchemaHelpers<Image = unknown> {
  /** Astro's `image()` from the schema context: a local image path, checked and measured. */
  image: () => z.ZodType<Image>;
  /** Astro's `reference()`: an id in another collection. */
  reference: (collection: 'creators' | 'brands') => z.ZodType<{ id: string; collection: string }>;
  /** The ids that exist now in a collection, to reject references to missing entries. */
  existingIds: (collection: 'creators' | 'brands') => readonly string[];
  /** Today's date; content dated later is rejected. */
  today?: () => Date;
}

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

/** One value from a taxonomy vocabulary, with an error that lists the allowed values. */
export function vocabulary<N extends TaxonomyName>(name: N) {
  const ids = idsOf(name);
  return z.enum(ids, {
    error: (issue) => {
      const input = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input);
      return (
        `"${input}" is not a known ${nouns[name]}.${didYouMean(String(input), ids)} ` +
        `Use one of: ${ids.join(', ')}. To add a value, add it to src/lib/taxonomy.ts (${name}).`
      );
    },
  });
}

/** A list of taxonomy values without repeats. */
function vocabularyList<N extends TaxonomyName>(name: N, min: number) {
  return z
    .array(vocabulary(name))
    .min(min, { error: `List at least ${min} ${nouns[name]}${min === 1 ? '' : 's'} (see src/lib/taxonomy.ts).` })
    .refine((values) => new Set(values).size === values.length, {
      error: `A ${nouns[name]} is listed twice; list each one once.`,
    });
}

/** Human text that must not be blank. */
function text(what: string, max = 4000) {
  return z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, { error: `Write ${what}; it must not be empty.` })
    .max(max, { error: `Keep ${what} under ${max} characters.` });
}

const handlePattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A reference to an entry in another collection that must exist. Astro's `reference()` alone
 * accepts any id and only logs a warning when the entry is missing; this fails validation.
 */
function existing(helpers: Pick<SchemaHelpers, 'reference' | 'existingIds'>, collection: 'creators' | 'brands') {
  const folder = `content/${collection}/`;
  return helpers.reference(collection).superRefine((value, ctx) => {
    const ids = helpers.existingIds(collection);
    if (!ids.includes(value.id)) {
      ctx.addIssue({
        code: 'custom',
        message:
          `No ${collection === 'creators' ? 'creator' : 'brand'} "${value.id}" exists.${didYouMean(value.id, ids)} ` +
          `Use the name of a file in ${folder} without its extension, or add ${folder}${value.id}.yaml.`,
      });
    }
  });
}

function imageWithAlt<Image>(helpers: Pick<SchemaHelpers<Image>, 'image'>, what: string) {
  return z.strictObject(
    {
      src: helpers.image().describe(`Path to the ${what} image file, relative to this file (for example ./hero.jpg).`),
      alt: z
        .string({ error: `Describe the ${what} image in "alt" for people who cannot see it.` })
        .trim()
        .min(1, { error: `Write alt text for the ${what} image: what it shows, in a sentence.` })
        .max(240, { error: 'Keep alt text under 240 characters.' })
        .describe('What the image shows, for people who cannot see it. Required.'),
    },
    { error: `Give the ${what} image as { src, alt }.` },
  );
}

function notInFuture(helpers: Pick<SchemaHelpers, 'today'>) {
  return z.coerce
    .date({ error: 'Write the date as YYYY-MM-DD.' })
    .refine((date) => date.getTime() <= (helpers.today?.() ?? new Date()).getTime(), {
      error: 'This date is in the future; use the date the content went live (YYYY-MM-DD).',
    });
}

/** A source: where a figure or fact comes from. */
const source = z
  .strictObject(
    {
      name: text('where this comes from (a report, a dashboard, an interview)', 200).describe(
        'Where this comes from: a report, a dashboard export, an interview. Required.',
      ),
      url: z.url({ error: 'Give the source link as a full https:// address.' }).optional().describe(
        'A link to the source, when it is public.',
      ),
    },
    { error: 'Add a source as { name, url }: every figure needs one, for example source: { name: "Brand campaign report, 2024" }.' },
  )
  .describe('Where the figure comes from. Required for every figure.');

/** Schema of `content/brands/<slug>.yaml`. */
export function brandSchema<Image>(helpers: Pick<SchemaHelpers<Image>, 'image'>) {
  return z
    .strictObject({
      /** The brand's name as it writes it. */
      name: text('the brand name', 80).describe('The brand name as the brand writes it. Required.'),
      aliases: z
        .array(text('an alias', 80))
        .default([])
        .describe('Other spellings and scripts people search for (for example a name in Arabic script).'),
      about: text('one or two sentences about the brand', 400).describe(
        'One or two sentences that say what the brand does. Required.',
      ),
      industry: vocabulary('industries')
        .optional()
        .describe('The industry, from src/lib/taxonomy.ts. Required for illustrative brands.'),
      country: vocabulary('countries')
        .optional()
        .describe('Home country as an ISO code (for example CA). Required for illustrative brands.'),
      site: z
        .url({ error: 'Give the site as a full https:// address.' })
        .optional()
        .describe('The brand’s own site. Only for real brands; leave it out for illustrative ones.'),
      logo: imageWithAlt(helpers, 'logo')
        .optional()
        .describe('A logo with alt text. Leave out to show a lettermark.'),
      illustrative: z
        .boolean({ error: 'Say whether the brand is invented: illustrative: true or false.' })
        .describe('true for an invented brand; false only for a real one described in our sources. Required.'),
    })
    .superRefine((brand, ctx) => {
      if (!brand.illustrative) return;
      if (!brand.industry) ctx.addIssue({ code: 'custom', path: ['industry'], message: 'Illustrative brands need an industry; add industry: one of ' + idsOf('industries').join(', ') + '.' });
      if (!brand.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'Illustrative brands need a country; add country: an ISO code such as NG or JP.' });
      if (brand.site) ctx.addIssue({ code: 'custom', path: ['site'], message: 'Illustrative brands are invented and have no site; remove site.' });
    });
}

const mention = (helpers: SchemaHelpers<unknown>) =>
  z.strictObject(
    {
      brand: existing(helpers, 'brands').describe('The brand named in the video: a file name in content/brands/. Required.'),
      title: text('the video title', 200).describe('The video’s title as published. Required.'),
      date: notInFuture(helpers).describe('The day the video was published (YYYY-MM-DD). Required.'),
      platform: vocabulary('platforms').default('tiktok').describe('Where the video was published.'),
      url: z
        .url({ error: 'Give the video link as a full https:// address.' })
        .optional()
        .describe('Link to the video. Required for real creators; invented videos have none.'),
    },
    { error: 'Give each mention as { brand, title, date, platform, url }.' },
  );

/** Schema of `content/creators/<handle>.yaml`. */
export function creatorSchema<Image>(helpers: SchemaHelpers<Image>) {
  return z
    .strictObject({
      name: text('the creator’s name', 80).describe('The name the creator uses, in its own script. Required.'),
      nameLang: vocabulary('languages')
        .optional()
        .describe('The language of the name when it is not in Latin script (for example ja), for correct rendering.'),
      aliases: z
        .array(text('an alias', 80))
        .default([])
        .describe('Other spellings, such as the name in Latin script; searched as well as the name.'),
      handle: z
        .string({ error: 'Write the handle (without @).' })
        .regex(handlePattern, { error: 'Use lowercase letters, digits and hyphens in the handle, without @.' })
        .describe('The creator’s handle without @; must equal the file name. Required.'),
      platforms: z
        .array(vocabulary('platforms'))
        .min(1, { error: 'List at least one platform the creator publishes on.' })
        .describe('Platforms the creator publishes on. Required.'),
      region: vocabulary('regions').optional().describe('The region the creator is from or works from. Required for illustrative creators.'),
      country: vocabulary('countries')
        .optional()
        .describe('Country the creator is based in, as an ISO code. Only when stated publicly.'),
      languages: vocabularyList('languages', 0).default([]).describe('Languages the creator makes videos in, as BCP 47 tags.'),
      niches: vocabularyList('niches', 1).describe('What the creator makes videos about. At least one. Required.'),
      communities: vocabularyList('communities', 0)
        .default([])
        .describe('Communities the creator has publicly said they belong to. Never guess; leave empty when unsure.'),
      audience: vocabulary('audienceBands').optional().describe('Audience size band. Required for illustrative creators.'),
      bio: text('a short bio', 400).describe('Two or three sentences about the creator’s work. Required.'),
      avatar: imageWithAlt(helpers, 'avatar').optional().describe('A portrait with alt text. Leave out to show initials.'),
      mentions: z
        .array(mention(helpers))
        .default([])
        .describe('Videos in which the creator names a brand unprompted; they power “creators who mention your brand”.'),
      illustrative: z
        .boolean({ error: 'Say whether the creator is invented: illustrative: true or false.' })
        .describe('true for an invented creator; false only for a real one described in our sources. Required.'),
    })
    .superRefine((creator, ctx) => {
      if (creator.illustrative) {
        if (!creator.region) ctx.addIssue({ code: 'custom', path: ['region'], message: `Illustrative creators need a region; add region: one of ${idsOf('regions').join(', ')}.` });
        if (!creator.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'Illustrative creators need a country; add country: an ISO code such as KE or ID.' });
        if (creator.languages.length === 0) ctx.addIssue({ code: 'custom', path: ['languages'], message: 'Illustrative creators need at least one language; add languages: [en] or similar.' });
        if (!creator.audience) ctx.addIssue({ code: 'custom', path: ['audience'], message: `Illustrative creators need an audience band; add audience: one of ${idsOf('audienceBands').join(', ')}.` });
      }
      creator.mentions.forEach((item, index) => {
        if (creator.illustrative && item.url) ctx.addIssue({ code: 'custom', path: ['mentions', index, 'url'], message: 'Invented videos have no link; remove url, or set illustrative: false for a real creator.' });
        if (!creator.illustrative && !item.url) ctx.addIssue({ code: 'custom', path: ['mentions', index, 'url'], message: 'Mentions by real creators need a link to the video as evidence; add url.' });
      });
      if (creator.region && creator.country) {
        const country = taxonomy.countries.find((value) => value.id === creator.country);
        if (country && country.region !== creator.region) {
          ctx.addIssue({ code: 'custom', path: ['region'], message: `${country.label} is in region "${country.region}", not "${creator.region}"; change region or country.` });
        }
      }
    });
}

/** Schema of the front matter of `content/stories/<slug>/index.mdx`. */
export function storySchema<Image>(helpers: SchemaHelpers<Image>) {
  return z
    .strictObject({
      title: text('a title', 110).describe('The headline: who did what, in under 110 characters. Required.'),
      summary: text('a summary', 300).describe('One or two sentences for cards, search results and link previews. Required.'),
      brand: existing(helpers, 'brands').describe('The brand: a file name in content/brands/ without .yaml. Required.'),
      creators: z
        .array(existing(helpers, 'creators'))
        .default([])
        .describe('The creators: file names in content/creators/ without .yaml. At least one for illustrative stories.'),
      published: notInFuture(helpers).describe('The day the story is published here (YYYY-MM-DD). Required.'),
      campaignYear: z
        .number({ error: 'Write the year the campaign ran, for example 2021.' })
        .int({ error: 'Write the year as a whole number, for example 2021.' })
        .min(2000, { error: 'Write a year from 2000 on.' })
        .max(2100, { error: 'Write a four-digit year, for example 2021.' })
        .optional()
        .describe('The year the campaign ran. Required for illustrative stories; leave out when a source does not say.'),
      regions: vocabularyList('regions', 0).default([]).describe('Regions where the campaign ran. Required for illustrative stories.'),
      industry: vocabulary('industries').optional().describe('The brand’s industry for this campaign. Required for illustrative stories.'),
      objectives: vocabularyList('objectives', 1).describe('What the brand set out to achieve. At least one. Required.'),
      formats: vocabularyList('formats', 1).describe('Video formats the campaign used. At least one. Required.'),
      themes: vocabularyList('themes', 0).default([]).describe('Themes the story speaks to, for readers who browse by idea.'),
      results: z
        .array(
          z.strictObject(
            {
              value: z.number({ error: 'Write the figure as a number, for example 38 or 1200000.' }).describe('The figure, as a number. Required.'),
              unit: z
                .enum(['count', 'percent', 'times'], { error: 'Use unit: count, percent or times.' })
                .default('count')
                .describe('How to read the value: a count, a percentage, or a multiple (times).'),
              measures: text('what the figure measures', 160).describe('What the figure measures, for example “more sign-ups than the previous campaign”. Required.'),
              period: text('the period the figure covers', 80).describe('The period it covers, for example “first 30 days”. Required.'),
              source: source,
            },
            { error: 'Give each result as { value, unit, measures, period, source }.' },
          ),
        )
        .default([])
        .describe('Outcome figures. Every figure needs a source.'),
      quotes: z
        .array(
          z.strictObject(
            {
              text: text('the quote', 600).describe('The words said. Required.'),
              by: text('who said it', 80).describe('Who said it. Required.'),
              role: text('their role', 120).describe('Their role, for example “Head of brand, Example Co.”. Required.'),
              side: z.enum(['brand', 'creator', 'agency', 'platform'], { error: 'Use side: brand, creator, agency or platform.' }).describe('Which side of the partnership the speaker is on. Required.'),
            },
            { error: 'Give each quote as { text, by, role, side }.' },
          ),
        )
        .default([])
        .describe('Quotes from both sides. Real people may only be quoted from a published source.'),
      sources: z.array(source).default([]).describe('Published sources the story rests on. Required for stories that are not illustrative.'),
      hero: imageWithAlt(helpers, 'hero').describe('The image at the top of the story, with alt text. Required.'),
      featured: z.boolean().default(false).describe('true to show the story on the home page.'),
      illustrative: z
        .boolean({ error: 'Say whether the story is invented: illustrative: true or false.' })
        .describe('true for an invented example; false only for a real partnership described in our sources. Required.'),
    })
    .superRefine((story, ctx) => {
      if (story.illustrative) {
        if (story.creators.length === 0) ctx.addIssue({ code: 'custom', path: ['creators'], message: 'Illustrative stories need at least one creator; add creators: [handle] (file names in content/creators/).' });
        if (story.campaignYear === undefined) ctx.addIssue({ code: 'custom', path: ['campaignYear'], message: 'Illustrative stories need the year the campaign ran; add campaignYear: 2024 (for example).' });
        if (story.regions.length === 0) ctx.addIssue({ code: 'custom', path: ['regions'], message: `Illustrative stories need at least one region; add regions: one or more of ${idsOf('regions').join(', ')}.` });
        if (!story.industry) ctx.addIssue({ code: 'custom', path: ['industry'], message: `Illustrative stories need an industry; add industry: one of ${idsOf('industries').join(', ')}.` });
      } else if (story.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'A real partnership needs at least one published source; add sources: [{ name, url }].' });
      }
    });
}
