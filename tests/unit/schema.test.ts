import { describe, expect, it } from 'vitest';
import { brandSchema, creatorSchema, storySchema, translationSchema } from '#lib/content/schema.ts';
import { issuesOf, stubHelpers } from './helpers';

const helpers = stubHelpers({
  creators: ['kyne', 'misaki-cooks'],
  brands: ['koho', 'qahwa-house'],
});

const validStory = {
  title: 'A café chain and a calligrapher',
  summary: 'How a coffee roaster and a creator made a series together.',
  brand: 'qahwa-house',
  creators: ['misaki-cooks'],
  published: '2026-05-01',
  campaignYear: 2025,
  regions: ['middle-east-north-africa'],
  industry: 'food-drink',
  objectives: ['awareness'],
  formats: ['series'],
  themes: ['local-culture'],
  results: [
    {
      value: 38,
      unit: 'percent',
      measures: 'more visits',
      period: 'first month',
      source: { name: 'Sales dashboard' },
    },
  ],
  quotes: [{ text: 'We let her lead.', by: 'Sara', role: 'Brand lead', side: 'brand' }],
  hero: { src: './hero.jpg', alt: 'Abstract shapes.' },
  illustrative: true,
};

const validCreator = {
  name: '林美咲',
  nameLang: 'ja',
  aliases: ['Misaki Hayashi'],
  handle: 'misaki-cooks',
  platforms: ['tiktok'],
  region: 'east-southeast-asia',
  country: 'JP',
  languages: ['ja'],
  niches: ['food'],
  audience: 'mid',
  bio: 'Cooks noodles.',
  illustrative: true,
  mentions: [{ brand: 'qahwa-house', title: 'Coffee', date: '2025-01-01' }],
};

describe('story schema', () => {
  const schema = storySchema(helpers);

  it('accepts a complete illustrative story and fills defaults', () => {
    const result = schema.safeParse(validStory);
    expect(result.success).toBe(true);
    expect(result.data?.featured).toBe(false);
    expect(result.data?.brand).toEqual({ id: 'qahwa-house', collection: 'brands' });
  });

  it('rejects a creator that does not exist, suggesting the nearest one', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, creators: ['misaki-cook'] }));
    expect(issues['creators.0']).toContain(
      'No creator "misaki-cook" exists. Did you mean "misaki-cooks"?',
    );
    expect(issues['creators.0']).toContain('content/creators/');
  });

  it('rejects a brand that does not exist', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, brand: 'nobody' }));
    expect(issues.brand).toContain('No brand "nobody" exists');
  });

  it('rejects an unknown taxonomy value and lists the allowed ones', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, regions: ['middle-east'] }));
    expect(issues['regions.0']).toMatch(/"middle-east" is not a known region/);
    expect(issues['regions.0']).toContain('Fix: use one of: east-southeast-asia');
    expect(issues['regions.0']).toContain('src/lib/taxonomy.ts');
  });

  it('rejects a result figure without a source', () => {
    const [result] = validStory.results;
    if (!result) throw new Error('The valid story has a result.');
    const { source: _omitted, ...withoutSource } = result;
    const issues = issuesOf(schema.safeParse({ ...validStory, results: [withoutSource] }));
    expect(issues['results.0.source']).toBe(
      'The source is missing. Fix: add source: with name: "where the figure comes from" (and url: when public).',
    );
  });

  it('rejects a hero image without alt text', () => {
    const issues = issuesOf(
      schema.safeParse({ ...validStory, hero: { src: './hero.jpg', alt: '  ' } }),
    );
    expect(issues['hero.alt']).toBe(
      "The hero image's alt text is empty. Fix: write a sentence saying what the image shows.",
    );
  });

  it('rejects a hero image given as a bare path', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, hero: './hero.jpg' }));
    expect(issues.hero).toMatch(
      /^The hero image is not in the expected form\. Fix: write it as src:/,
    );
  });

  it('rejects unknown fields', () => {
    const result = schema.safeParse({ ...validStory, autor: 'x' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('autor');
  });

  it('rejects a publication date in the future', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, published: '2027-01-01' }));
    expect(issues.published).toMatch(/in the future/);
  });

  it('requires sources for a real story', () => {
    const issues = issuesOf(schema.safeParse({ ...validStory, illustrative: false }));
    expect(issues.sources).toMatch(/published source/);
  });

  it('requires creators, regions, industry and year for an illustrative story', () => {
    const { creators: _c, regions: _r, industry: _i, campaignYear: _y, ...bare } = validStory;
    const issues = issuesOf(schema.safeParse(bare));
    expect(Object.keys(issues).sort()).toEqual(['campaignYear', 'creators', 'industry', 'regions']);
  });
});

describe('creator schema', () => {
  const schema = creatorSchema(helpers);

  it('accepts a complete illustrative creator', () => {
    const result = schema.safeParse(validCreator);
    expect(result.success).toBe(true);
    expect(result.data?.communities).toEqual([]);
    expect(result.data?.mentions[0]?.platform).toBe('tiktok');
  });

  it('rejects a country outside the creator’s region', () => {
    const issues = issuesOf(schema.safeParse({ ...validCreator, country: 'KE' }));
    expect(issues.region).toContain('Kenya is in region "sub-saharan-africa"');
  });

  it('rejects a link on an invented mention and requires one on a real mention', () => {
    const withLink = {
      ...validCreator,
      mentions: [{ ...validCreator.mentions[0], url: 'https://example.com/v' }],
    };
    expect(issuesOf(schema.safeParse(withLink))['mentions.0.url']).toMatch(
      /An invented video cannot have a link/,
    );
    const real = { ...validCreator, illustrative: false };
    expect(issuesOf(schema.safeParse(real))['mentions.0.url']).toMatch(
      /has no link to the video\. Fix: add url/,
    );
  });

  it('rejects a mention of a brand that does not exist', () => {
    const issues = issuesOf(
      schema.safeParse({
        ...validCreator,
        mentions: [{ brand: 'kohoo', title: 'x', date: '2025-01-01' }],
      }),
    );
    expect(issues['mentions.0.brand']).toContain('Did you mean "koho"?');
  });

  it('rejects a handle with an @', () => {
    expect(issuesOf(schema.safeParse({ ...validCreator, handle: '@misaki-cooks' })).handle).toBe(
      'The handle "@misaki-cooks" starts with @. Fix: drop the @: write handle: misaki-cooks; the site adds the @ itself.',
    );
  });

  it('rejects an invented handle without a hyphen, which could be a real account', () => {
    expect(issuesOf(schema.safeParse({ ...validCreator, handle: 'misakicooks' })).handle).toMatch(
      /has no hyphen, so it could be a real account/,
    );
  });

  it('asks a real creator for the source of a handle, and of each community', () => {
    const real = {
      ...validCreator,
      illustrative: false,
      mentions: [],
      communities: ['deaf'],
      sources: [{ name: 'An interview' }],
    };
    const issues = issuesOf(schema.safeParse(real));
    expect(issues.handle).toMatch(/needs the source that gives it/);
    expect(issues['communities.0']).toMatch(/has no public statement by the creator/);
    const cited = {
      ...real,
      handleSource: { name: 'Her profile', url: 'https://example.org/p' },
      communitySources: { deaf: { name: 'Her video', url: 'https://example.org/v' } },
    };
    expect(schema.safeParse(cited).success).toBe(true);
  });

  it('needs no handle, platform or region for a real creator the source says little about', () => {
    const real = {
      name: 'Kyne',
      niches: ['drag'],
      bio: 'Described in our source as a drag queen.',
      sources: [{ name: 'An interview' }],
      illustrative: false,
    };
    expect(schema.safeParse(real).success).toBe(true);
  });

  it('rejects an avatar without alt text', () => {
    const issues = issuesOf(schema.safeParse({ ...validCreator, avatar: { src: './a.jpg' } }));
    expect(issues['avatar.alt']).toBe(
      'The avatar image has no alt text. Fix: add alt: a sentence saying what the image shows.',
    );
  });
});

describe('brand schema', () => {
  const schema = brandSchema(helpers);

  it('accepts a real brand with only what its source states, and asks for that source', () => {
    const real = { name: 'Comcast', about: 'Ran a challenge.', illustrative: false };
    expect(issuesOf(schema.safeParse(real)).sources).toMatch(
      /A real brand needs at least one published source/,
    );
    expect(schema.safeParse({ ...real, sources: [{ name: 'An interview' }] }).success).toBe(true);
  });

  it('requires industry and country for an illustrative brand, and refuses a site', () => {
    const issues = issuesOf(
      schema.safeParse({ name: 'X', about: 'Y', illustrative: true, site: 'https://x.example' }),
    );
    expect(Object.keys(issues).sort()).toEqual(['country', 'industry', 'site']);
  });

  it('rejects an unknown industry with a suggestion', () => {
    const issues = issuesOf(
      schema.safeParse({ name: 'X', about: 'Y', illustrative: false, industry: 'finanse' }),
    );
    expect(issues.industry).toContain('Did you mean "finance"?');
  });
});

describe('translation schema', () => {
  const schema = translationSchema(helpers);
  const validTranslation = {
    translationOf: 'a-cafe-chain-and-a-calligrapher',
    translator: 'فريق تحرير Casebook',
    title: 'سلسلة مقاهٍ وخطّاط',
    summary: 'كيف صنعت محمصة قهوة وصانعة محتوى سلسلة معًا.',
    heroAlt: 'أشكال مجردة.',
    results: [{ measures: 'زيارات أكثر', period: 'الشهر الأول' }],
    quotes: [{ text: 'تركناها تقود.', role: 'مسؤولة العلامة التجارية' }],
  };

  it('accepts a translation, with translationOf as a reference to a story', () => {
    const result = schema.safeParse(validTranslation);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.translationOf).toEqual({
      id: 'a-cafe-chain-and-a-calligrapher',
      collection: 'stories',
    });
  });

  it('fills empty lists when the original has no results or quotes', () => {
    const { results: _results, quotes: _quotes, ...withoutLists } = validTranslation;
    const result = schema.safeParse(withoutLists);
    expect(result.data?.results).toEqual([]);
    expect(result.data?.quotes).toEqual([]);
  });

  it('names each missing field, in our words', () => {
    const issues = issuesOf(schema.safeParse({}));
    expect(issues.translationOf).toBe(
      '"translationOf" is missing. Fix: add translationOf: the name of the folder this file is in, which is the story it translates.',
    );
    expect(issues.translator).toBe(
      '"translator" is missing. Fix: add translator: who translated it.',
    );
    expect(issues.heroAlt).toBe(
      '"heroAlt" is missing. Fix: add heroAlt: the hero image’s alt text.',
    );
  });

  it('limits the title as a story’s is limited', () => {
    const issues = issuesOf(schema.safeParse({ ...validTranslation, title: 'ت'.repeat(111) }));
    expect(issues.title).toBe('The title is longer than 110 characters. Fix: shorten it.');
  });

  it('refuses what only the original gives, at the top and in results and quotes', () => {
    const result = schema.safeParse({
      ...validTranslation,
      brand: 'koho',
      results: [{ measures: 'زيارات', period: 'الشهر الأول', value: 38 }],
      quotes: [{ text: 'نص', role: 'دور', side: 'brand' }],
    });
    const unknown = (result.error?.issues ?? []).map((issue) => ({
      path: issue.path.join('.'),
      keys: 'keys' in issue ? issue.keys : [],
      message: issue.message,
    }));
    expect(unknown).toEqual([
      {
        path: 'results.0',
        keys: ['value'],
        message:
          'This result has fields a translation does not give. Fix: keep measures: and period:; the figure, its unit and its source come from the original.',
      },
      {
        path: 'quotes.0',
        keys: ['side'],
        message:
          'This quote has fields a translation does not give. Fix: keep text: and role:; who said it and their side come from the original.',
      },
      {
        path: '',
        keys: ['brand'],
        message:
          'The translation has fields a translation does not give. Fix: remove them; brand, creators, dates, taxonomy, figures, sources, the hero image and illustrative come from the original.',
      },
    ]);
  });

  it('describes every field for the field reference', () => {
    for (const [name, field] of Object.entries(translationSchema(helpers).shape))
      expect(field.description, name).toMatch(/^[A-Z].*\.$/);
  });
});
