/**
 * The one list of every allowed value: schemas, pages, the search index and the filter UI all
 * read from here, so a value is added in exactly one place.
 *
 * Ids are stable, lowercase and URL-safe (country ids are ISO 3166-1 alpha-2, language ids are
 * BCP 47). Labels are what readers see.
 *
 * Keep this file free of imports and of TypeScript that Node cannot strip (enums, namespaces):
 * the pull-request summary (scripts/report-changes.ts) loads a lone copy of it from each revision
 * to compare their values.
 */

export interface TaxonomyValue {
  readonly id: string;
  readonly label: string;
}

export interface Region extends TaxonomyValue {
  /** A sentence used on the region's pages. */
  readonly blurb: string;
}

export const regions = [
  {
    id: 'east-southeast-asia',
    label: 'East & Southeast Asia',
    blurb: 'Creators from Japan and Korea to the Philippines and Indonesia.',
  },
  {
    id: 'south-asia',
    label: 'South Asia',
    blurb: 'Creators from India, Pakistan, Bangladesh, Sri Lanka and Nepal.',
  },
  {
    id: 'middle-east-north-africa',
    label: 'Middle East & North Africa',
    blurb: 'Creators from the Gulf, the Levant and North Africa.',
  },
  {
    id: 'sub-saharan-africa',
    label: 'Sub-Saharan Africa',
    blurb: 'Creators from Nigeria, Kenya, Ghana, South Africa and beyond.',
  },
  { id: 'latin-america', label: 'Latin America', blurb: 'Creators from Mexico to Argentina.' },
  { id: 'europe', label: 'Europe', blurb: 'Creators from across Europe.' },
  {
    id: 'north-america',
    label: 'North America',
    blurb: 'Creators from the United States and Canada.',
  },
  {
    id: 'oceania',
    label: 'Oceania',
    blurb: 'Creators from Australia, New Zealand and the Pacific.',
  },
] as const satisfies readonly Region[];

export type RegionId = (typeof regions)[number]['id'];

export interface Country extends TaxonomyValue {
  readonly region: RegionId;
}

/** Countries by ISO 3166-1 alpha-2 code, each in one region. */
export const countries = [
  { id: 'JP', label: 'Japan', region: 'east-southeast-asia' },
  { id: 'KR', label: 'South Korea', region: 'east-southeast-asia' },
  { id: 'TW', label: 'Taiwan', region: 'east-southeast-asia' },
  { id: 'PH', label: 'Philippines', region: 'east-southeast-asia' },
  { id: 'ID', label: 'Indonesia', region: 'east-southeast-asia' },
  { id: 'VN', label: 'Vietnam', region: 'east-southeast-asia' },
  { id: 'TH', label: 'Thailand', region: 'east-southeast-asia' },
  { id: 'MY', label: 'Malaysia', region: 'east-southeast-asia' },
  { id: 'SG', label: 'Singapore', region: 'east-southeast-asia' },
  { id: 'IN', label: 'India', region: 'south-asia' },
  { id: 'PK', label: 'Pakistan', region: 'south-asia' },
  { id: 'BD', label: 'Bangladesh', region: 'south-asia' },
  { id: 'LK', label: 'Sri Lanka', region: 'south-asia' },
  { id: 'NP', label: 'Nepal', region: 'south-asia' },
  { id: 'AE', label: 'United Arab Emirates', region: 'middle-east-north-africa' },
  { id: 'SA', label: 'Saudi Arabia', region: 'middle-east-north-africa' },
  { id: 'EG', label: 'Egypt', region: 'middle-east-north-africa' },
  { id: 'JO', label: 'Jordan', region: 'middle-east-north-africa' },
  { id: 'LB', label: 'Lebanon', region: 'middle-east-north-africa' },
  { id: 'MA', label: 'Morocco', region: 'middle-east-north-africa' },
  { id: 'TN', label: 'Tunisia', region: 'middle-east-north-africa' },
  { id: 'TR', label: 'Türkiye', region: 'middle-east-north-africa' },
  { id: 'NG', label: 'Nigeria', region: 'sub-saharan-africa' },
  { id: 'KE', label: 'Kenya', region: 'sub-saharan-africa' },
  { id: 'GH', label: 'Ghana', region: 'sub-saharan-africa' },
  { id: 'ZA', label: 'South Africa', region: 'sub-saharan-africa' },
  { id: 'SN', label: 'Senegal', region: 'sub-saharan-africa' },
  { id: 'ET', label: 'Ethiopia', region: 'sub-saharan-africa' },
  { id: 'TZ', label: 'Tanzania', region: 'sub-saharan-africa' },
  { id: 'MX', label: 'Mexico', region: 'latin-america' },
  { id: 'BR', label: 'Brazil', region: 'latin-america' },
  { id: 'AR', label: 'Argentina', region: 'latin-america' },
  { id: 'CO', label: 'Colombia', region: 'latin-america' },
  { id: 'CL', label: 'Chile', region: 'latin-america' },
  { id: 'PE', label: 'Peru', region: 'latin-america' },
  { id: 'GB', label: 'United Kingdom', region: 'europe' },
  { id: 'FR', label: 'France', region: 'europe' },
  { id: 'DE', label: 'Germany', region: 'europe' },
  { id: 'ES', label: 'Spain', region: 'europe' },
  { id: 'IT', label: 'Italy', region: 'europe' },
  { id: 'NL', label: 'Netherlands', region: 'europe' },
  { id: 'PL', label: 'Poland', region: 'europe' },
  { id: 'SE', label: 'Sweden', region: 'europe' },
  { id: 'IE', label: 'Ireland', region: 'europe' },
  { id: 'US', label: 'United States', region: 'north-america' },
  { id: 'CA', label: 'Canada', region: 'north-america' },
  { id: 'AU', label: 'Australia', region: 'oceania' },
  { id: 'NZ', label: 'New Zealand', region: 'oceania' },
  { id: 'FJ', label: 'Fiji', region: 'oceania' },
] as const satisfies readonly Country[];

export interface Language extends TaxonomyValue {
  /** The language's name in itself, shown beside the English label. */
  readonly native: string;
  /** Writing direction, so text in this language can be marked up correctly. */
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Languages by BCP 47 tag: spoken and signed languages alike. A tag with a script subtag
 * (zh-Hant) makes browsers pick the right glyphs; a language without a registered subtag takes
 * a private-use one (sw-x-sheng).
 */
export const languages = [
  { id: 'en', label: 'English', native: 'English', dir: 'ltr' },
  { id: 'es', label: 'Spanish', native: 'Español', dir: 'ltr' },
  { id: 'pt', label: 'Portuguese', native: 'Português', dir: 'ltr' },
  { id: 'fr', label: 'French', native: 'Français', dir: 'ltr' },
  { id: 'de', label: 'German', native: 'Deutsch', dir: 'ltr' },
  { id: 'it', label: 'Italian', native: 'Italiano', dir: 'ltr' },
  { id: 'nl', label: 'Dutch', native: 'Nederlands', dir: 'ltr' },
  { id: 'pl', label: 'Polish', native: 'Polski', dir: 'ltr' },
  { id: 'sv', label: 'Swedish', native: 'Svenska', dir: 'ltr' },
  { id: 'tr', label: 'Turkish', native: 'Türkçe', dir: 'ltr' },
  { id: 'ar', label: 'Arabic', native: 'العربية', dir: 'rtl' },
  { id: 'fa', label: 'Persian', native: 'فارسی', dir: 'rtl' },
  { id: 'hi', label: 'Hindi', native: 'हिन्दी', dir: 'ltr' },
  { id: 'ur', label: 'Urdu', native: 'اردو', dir: 'rtl' },
  { id: 'bn', label: 'Bengali', native: 'বাংলা', dir: 'ltr' },
  { id: 'ta', label: 'Tamil', native: 'தமிழ்', dir: 'ltr' },
  { id: 'si', label: 'Sinhala', native: 'සිංහල', dir: 'ltr' },
  { id: 'ne', label: 'Nepali', native: 'नेपाली', dir: 'ltr' },
  { id: 'ja', label: 'Japanese', native: '日本語', dir: 'ltr' },
  { id: 'ko', label: 'Korean', native: '한국어', dir: 'ltr' },
  { id: 'zh', label: 'Chinese', native: '中文', dir: 'ltr' },
  { id: 'zh-Hant', label: 'Chinese (Traditional)', native: '中文（繁體）', dir: 'ltr' },
  { id: 'id', label: 'Indonesian', native: 'Bahasa Indonesia', dir: 'ltr' },
  { id: 'ms', label: 'Malay', native: 'Bahasa Melayu', dir: 'ltr' },
  { id: 'fil', label: 'Filipino', native: 'Filipino', dir: 'ltr' },
  { id: 'vi', label: 'Vietnamese', native: 'Tiếng Việt', dir: 'ltr' },
  { id: 'th', label: 'Thai', native: 'ไทย', dir: 'ltr' },
  { id: 'sw', label: 'Swahili', native: 'Kiswahili', dir: 'ltr' },
  { id: 'yo', label: 'Yoruba', native: 'Yorùbá', dir: 'ltr' },
  { id: 'ha', label: 'Hausa', native: 'Hausa', dir: 'ltr' },
  { id: 'am', label: 'Amharic', native: 'አማርኛ', dir: 'ltr' },
  { id: 'zu', label: 'Zulu', native: 'isiZulu', dir: 'ltr' },
  { id: 'wo', label: 'Wolof', native: 'Wolof', dir: 'ltr' },
  { id: 'mi', label: 'Māori', native: 'Te Reo Māori', dir: 'ltr' },
  { id: 'tw', label: 'Twi', native: 'Twi', dir: 'ltr' },
  { id: 'sw-x-sheng', label: 'Sheng', native: 'Sheng', dir: 'ltr' },
  { id: 'zap', label: 'Zapotec', native: 'Zapotec', dir: 'ltr' },
  // Sign languages have no script of their own; dir is that of the native name shown.
  { id: 'esl', label: 'Egyptian Sign Language', native: 'لغة الإشارة المصرية', dir: 'rtl' },
  { id: 'ase', label: 'American Sign Language', native: 'American Sign Language', dir: 'ltr' },
] as const satisfies readonly Language[];

export const niches = [
  { id: 'beauty', label: 'Beauty' },
  { id: 'skincare', label: 'Skincare' },
  { id: 'fashion', label: 'Fashion' },
  { id: 'food', label: 'Food & cooking' },
  { id: 'fitness', label: 'Fitness' },
  { id: 'dance', label: 'Dance' },
  { id: 'comedy', label: 'Comedy' },
  { id: 'drag', label: 'Drag performance' },
  { id: 'gaming', label: 'Gaming' },
  { id: 'tech', label: 'Tech & gadgets' },
  { id: 'personal-finance', label: 'Personal finance' },
  { id: 'education', label: 'Education' },
  { id: 'travel', label: 'Travel' },
  { id: 'parenting', label: 'Parenting & family' },
  { id: 'music', label: 'Music' },
  { id: 'sports', label: 'Sports' },
  { id: 'sustainability', label: 'Sustainability' },
  { id: 'home-diy', label: 'Home & DIY' },
  { id: 'health', label: 'Health & wellbeing' },
  { id: 'books', label: 'Books & reading' },
  { id: 'art-design', label: 'Art & design' },
  { id: 'farming', label: 'Farming & rural life' },
  { id: 'cars', label: 'Cars & mobility' },
] as const satisfies readonly TaxonomyValue[];

/**
 * Communities a creator belongs to. Self-identified and opt-in: list only what the creator has
 * said publicly about themselves.
 */
export const communities = [
  { id: 'lgbtq', label: 'LGBTQ+' },
  { id: 'disability', label: 'Disabled creators' },
  { id: 'deaf', label: 'Deaf & hard of hearing' },
  { id: 'neurodivergent', label: 'Neurodivergent' },
  { id: 'black', label: 'Black creators' },
  { id: 'indigenous', label: 'Indigenous creators' },
  { id: 'diaspora', label: 'Diaspora & immigrant' },
  { id: 'women-in-stem', label: 'Women in STEM' },
  { id: 'older-adults', label: 'Creators over 50' },
  { id: 'parents', label: 'Parents' },
  { id: 'faith', label: 'Faith communities' },
] as const satisfies readonly TaxonomyValue[];

export interface AudienceBand extends TaxonomyValue {
  /** Inclusive lower bound of followers across platforms. */
  readonly min: number;
}

/** Audience size bands, by total followers across platforms; ordered smallest first. */
export const audienceBands = [
  { id: 'nano', label: 'Nano (under 10k)', min: 0 },
  { id: 'micro', label: 'Micro (10k–100k)', min: 10_000 },
  { id: 'mid', label: 'Mid-tier (100k–500k)', min: 100_000 },
  { id: 'macro', label: 'Macro (500k–1M)', min: 500_000 },
  { id: 'mega', label: 'Mega (over 1M)', min: 1_000_000 },
] as const satisfies readonly AudienceBand[];

export const industries = [
  { id: 'beauty', label: 'Beauty & personal care' },
  { id: 'finance', label: 'Financial services' },
  { id: 'telecom-media', label: 'Telecom & media' },
  { id: 'food-drink', label: 'Food & drink' },
  { id: 'fashion-apparel', label: 'Fashion & apparel' },
  { id: 'tech', label: 'Consumer tech' },
  { id: 'travel-hospitality', label: 'Travel & hospitality' },
  { id: 'retail', label: 'Retail & e-commerce' },
  { id: 'health', label: 'Health' },
  { id: 'education', label: 'Education' },
  { id: 'mobility', label: 'Cars & mobility' },
  { id: 'home', label: 'Home & living' },
  { id: 'gaming-entertainment', label: 'Gaming & entertainment' },
  { id: 'nonprofit', label: 'Non-profit & public sector' },
  { id: 'sports', label: 'Sports & fitness' },
  { id: 'agriculture', label: 'Agriculture' },
] as const satisfies readonly TaxonomyValue[];

export const objectives = [
  { id: 'awareness', label: 'Awareness' },
  { id: 'consideration', label: 'Consideration' },
  { id: 'sales', label: 'Sales' },
  { id: 'app-installs', label: 'App installs' },
  { id: 'sign-ups', label: 'Sign-ups' },
  { id: 'brand-perception', label: 'Brand perception' },
  { id: 'community', label: 'Community building' },
  { id: 'education', label: 'Education' },
  { id: 'recruitment', label: 'Recruitment' },
] as const satisfies readonly TaxonomyValue[];

export const formats = [
  { id: 'short-video', label: 'Short video' },
  { id: 'hashtag-challenge', label: 'Hashtag challenge' },
  { id: 'series', label: 'Episodic series' },
  { id: 'live', label: 'Live stream' },
  { id: 'duet-stitch', label: 'Duets & stitches' },
  { id: 'tutorial', label: 'Tutorial' },
  { id: 'sketch', label: 'Comedy sketch' },
  { id: 'unboxing-review', label: 'Unboxing & review' },
  { id: 'behind-the-scenes', label: 'Behind the scenes' },
] as const satisfies readonly TaxonomyValue[];

export const themes = [
  { id: 'authenticity', label: 'Authenticity' },
  { id: 'inclusion', label: 'Inclusion & representation' },
  { id: 'accessibility', label: 'Accessibility' },
  { id: 'body-image', label: 'Body & skin positivity' },
  { id: 'financial-health', label: 'Financial health' },
  { id: 'local-culture', label: 'Local culture' },
  { id: 'cross-border', label: 'Cross-border reach' },
  { id: 'small-business', label: 'Small business' },
  { id: 'sustainability', label: 'Sustainability' },
  { id: 'humour', label: 'Humour' },
  { id: 'creative-freedom', label: 'Creative freedom' },
  { id: 'education', label: 'Learning' },
] as const satisfies readonly TaxonomyValue[];

export const platforms = [
  { id: 'tiktok', label: 'TikTok' },
  { id: 'instagram', label: 'Instagram' },
  { id: 'youtube', label: 'YouTube' },
  { id: 'twitch', label: 'Twitch' },
  { id: 'x', label: 'X' },
  { id: 'snapchat', label: 'Snapchat' },
  { id: 'podcast', label: 'Podcast' },
] as const satisfies readonly TaxonomyValue[];

/** Every vocabulary by the name editors use for it in front matter. */
export const taxonomy = {
  regions,
  countries,
  languages,
  niches,
  communities,
  audienceBands,
  industries,
  objectives,
  formats,
  themes,
  platforms,
} as const;

export type TaxonomyName = keyof typeof taxonomy;
export type TaxonomyId<N extends TaxonomyName> = (typeof taxonomy)[N][number]['id'];

/** The ids of one vocabulary, in their display order. */
export function idsOf<N extends TaxonomyName>(name: N): [TaxonomyId<N>, ...TaxonomyId<N>[]] {
  return taxonomy[name].map((value) => value.id) as [TaxonomyId<N>, ...TaxonomyId<N>[]];
}

/**
 * The reader-facing label for an id. Unknown ids are returned as they are, because the schema
 * has already rejected them before any page renders.
 */
export function labelOf(name: TaxonomyName, id: string): string {
  const values: readonly TaxonomyValue[] = taxonomy[name];
  return values.find((value) => value.id === id)?.label ?? id;
}

/** The region a country belongs to. */
export function regionOfCountry(countryId: string): RegionId | undefined {
  return countries.find((country) => country.id === countryId)?.region;
}

/** The language entry for a BCP 47 tag, or undefined. */
export function languageOf(id: string): Language | undefined {
  return languages.find((language) => language.id === id);
}
