/**
 * Every string a reader reads, in English: pages, components, share cards, the feed and both
 * search islands. Other locales follow this module's shape exactly (see types.ts). Templates
 * take `{name}` placeholders; counts are plurals, filled in by `plural()` in format.ts with the
 * locale's own plural rules. English taxonomy labels come from src/lib/taxonomy.ts, where
 * editors add values; other locales write their own.
 */
import { englishLabels } from './taxonomy-labels.ts';

export const en = {
  meta: {
    /** The language's name in itself, for the language switcher. */
    languageName: 'English',
  },
  /** Punctuation the pages put between pieces of text: after a sentence ending in a link, after a label. */
  punctuation: {
    fullStop: '.',
    /** Between sentences (none in Japanese). */
    sentenceSpace: ' ',
    /** After a label, before its value: "Source: …". */
    colon: ': ',
  },
  /** The language switcher in the header. */
  languages: {
    label: 'Languages',
  },
  /** A story shown in a language it was not written in, or translated. */
  translation: {
    /** On a story that has no translation into the page's language. */
    untranslated:
      'This story has not been translated into English yet. Here it is in {language}, the language it was written in.',
    /** Credits a translation: the language it came from, and who translated it. */
    credit: 'Translated from {language} by {translator}.',
    original: 'Read the original in {language}',
    /** On a profile or brand page whose text is in another language. */
    textIn: 'This text is in {language}.',
    /** Before a real person's exact words, shown under their translation. */
    originalQuote: 'In the original {language}:',
  },
  taxonomy: englishLabels,
  site: {
    name: 'Casebook',
    tagline: 'How brand–creator partnerships were made, and who to make the next one with',
    /** The document title of a page: its own title, then the site's name. */
    title: '{title} · Casebook',
    /** The home page's document title. */
    homeTitle: 'Casebook: {tagline}',
    skipToContent: 'Skip to content',
    home: 'Casebook, home',
    shareCardAlt: '{title}: share card',
  },
  nav: {
    label: 'Main',
    stories: 'Stories',
    creators: 'Creators',
    brands: 'Brands',
    about: 'About',
  },
  footer: {
    about:
      'Three stories describe real partnerships and say only what a published source says. Every other brand, creator, figure and quote is illustrative: invented to show how such a partnership can work, and labelled on its page.',
    rss: 'RSS feed',
    sitemap: 'Sitemap',
  },
  feed: {
    title: 'Casebook: brand–creator partnership stories',
    illustrativeTitle: '{title} (illustrative)',
  },
  provenance: {
    real: 'Real partnership',
    illustrative: 'Illustrative',
    realCreator: 'Real creator',
    realBrand: 'Real brand',
    illustrativeStory:
      'This story is illustrative: the brand, creators, figures and quotes are invented to show how such a partnership can work.',
    illustrativeCreator: 'This creator is illustrative: an invented profile, not a real person.',
    illustrativeBrand: 'This brand is illustrative: an invented company, not a real one.',
    realStory:
      'This story describes a real partnership. It says only what its published source says; where the source is silent, so are we.',
    realCreatorNote: 'A real creator. This profile says only what our published source says.',
    realBrandNote: 'A real brand. This page says only what our published source says.',
    learnMore: 'How we label stories',
  },
  story: {
    contents: 'Contents',
    readingTime: { one: '{count} min read', other: '{count} min read' },
    published: 'Published',
    campaign: 'Campaign',
    brand: 'Brand',
    creators: 'Creators',
    regions: 'Regions',
    industry: 'Industry',
    objectives: 'Objectives',
    formats: 'Formats',
    themes: 'Themes',
    atAGlance: 'At a glance',
    keyFigures: 'Key figures',
    noResults: 'No outcome figures were published for this partnership, so none are shown.',
    /** A language's name with its own name beside it: "Arabic (العربية)". */
    languageWithOwnName: '{label} ({native})',
    source: 'Source',
    sources: 'Sources',
    quotes: 'In their words',
    sides: { brand: 'Brand', creator: 'Creator', agency: 'Agency', platform: 'Platform' },
    related: 'Related stories',
    share: 'Share this story',
    copyLink: 'Link to this story',
    shareBy: { email: 'Email', linkedin: 'LinkedIn', x: 'X' },
    notStated: 'Not stated in our source',
    with: 'With {names}',
    note: 'Note',
  },
  creator: {
    partnerships: 'Partnerships',
    noPartnerships: 'No partnership stories with this creator yet.',
    mentions: 'Brands this creator mentions',
    noMentions: 'No brand mentions recorded.',
    mentionIllustrative: 'Invented video: no link',
    watch: 'Watch',
    languages: 'Languages',
    niches: 'Niches',
    communities: 'Communities',
    communitiesNote: 'As the creator describes themselves publicly.',
    audience: 'Audience',
    platforms: 'Platforms',
    region: 'Region',
    based: 'Based in',
    alsoWritten: 'also written {names}',
    /** The profile's description for search results and link previews. */
    description: '{name}{place}: {niches}. {stories}, {mentions}.',
    descriptionPlace: ', {place}',
    storyCount: { one: '{count} partnership story', other: '{count} partnership stories' },
    mentionCount: { one: '{count} brand mention', other: '{count} brand mentions' },
    shareCardEyebrow: 'Creator',
  },
  /** Similar creators on a profile, each with what it shares with the creator, in a few words. */
  similar: {
    heading: 'Similar creators',
    none: 'No other creator in the casebook shares enough with this one yet: a niche, or a language and an audience size.',
    /** The parts of a reason; a reason joins up to three with `separator`. */
    reasons: {
      nichesIn: 'also {niches} videos in {languages}',
      niches: 'also {niches} videos',
      languages: 'also in {languages}',
      mentioned: 'also mentions {brands}',
      partnered: 'also partnered with {brands}',
      communities: 'same community: {communities}',
      country: 'also based in {country}',
      region: 'also in {region}',
      audience: 'same audience size: {audience}',
      themes: 'stories also about {themes}',
    },
    separator: '; ',
    /** A list cut short: "food, travel and 2 more". */
    more: { one: '{list} and {count} more', other: '{list} and {count} more' },
  },
  brand: {
    stories: 'Stories',
    noStories: 'No stories with this brand yet.',
    mentionedBy: 'Creators who already mention this brand',
    noMentions: 'No creator mentions recorded yet.',
    industry: 'Industry',
    country: 'Country',
    site: 'Website',
    alsoWritten: 'Also written {names}',
    description: '{name}: {about} {stories}; {mentions}.',
    /** What a page in another language says of a brand, in place of the English `about`. */
    outline: 'A {industry} brand from {country}.',
    /** The same for a real brand, whose industry and country the source may not give. */
    outlineReal: 'A real brand, in a story that says only what a published source says.',
    storyCount: { one: '{count} story', other: '{count} stories' },
    mentionCount: { one: '{count} creator mention', other: '{count} creator mentions' },
  },
  home: {
    heading: 'How brand–creator partnerships were made, and who to make the next one with',
    lede: 'Stories that show how brands and creators found each other, what was hard and what it achieved, every figure with its source. And a directory of creators from East Asia to the Middle East, Africa and the Americas, searchable by region, language, niche and community.',
    description:
      'Case studies of brand–creator partnerships, told with what was hard as well as what worked, and a directory of creators from every region.',
    readStories: 'Read the stories',
    findCreators: 'Find creators',
    figures: 'The casebook in figures',
    figure: {
      stories: { one: 'partnership story', other: 'partnership stories' },
      creators: { one: 'creator', other: 'creators' },
      brands: { one: 'brand', other: 'brands' },
      regions: { one: 'region', other: 'regions' },
      languages: { one: 'language', other: 'languages' },
      mentions: { one: 'brand mention by creators', other: 'brand mentions by creators' },
    },
    featured: 'Featured stories',
    allStories: 'All stories ({count})',
    waysIn: 'Ways in',
    byRegion: 'Creators by region',
    byTheme: 'Stories by theme',
    brands: 'Brands',
    brandsText: 'See each brand’s stories and the creators who already mention it.',
    browseBrands: { one: 'Browse {count} brand', other: 'Browse {count} brands' },
  },
  stories: {
    title: 'Stories',
    description: {
      one: '{count} story of a brand–creator partnership: how it was made, what was hard and what it achieved, with every figure sourced.',
      other:
        '{count} stories of brand–creator partnerships: how each was made, what was hard and what it achieved, with every figure sourced.',
    },
    real: 'Real partnerships',
    realText: {
      one: '{count} story that says only what a published source says.',
      other: '{count} stories that say only what a published source says.',
    },
    illustrative: 'Illustrative stories',
    illustrativeText: {
      one: '{count} invented example that shows how partnerships like these can work.',
      other: '{count} invented examples that show how partnerships like these can work.',
    },
  },
  directory: {
    title: 'Creators',
    intro:
      'Every creator in the casebook, with their region, languages, niches and audience. Open a profile to see their partnerships and the brands they already mention.',
    description:
      '{creators} from {regions}, in {languages}: find them by region, language, niche and community, and see which brands they already mention.',
    creatorCount: { one: '{count} creator', other: '{count} creators' },
    regionCount: { one: '{count} region', other: '{count} regions' },
    languageCount: { one: '{count} language', other: '{count} languages' },
    browse: 'Browse',
    regionNotStated: 'Region not stated',
    niches: 'Niches',
  },
  brands: {
    title: 'Brands',
    description: {
      one: '{count} brand in the casebook, with its partnership stories and the creators who already mention it.',
      other:
        '{count} brands in the casebook, with their partnership stories and the creators who already mention them.',
    },
  },
  facetPages: {
    creators: {
      region: { title: 'Creators in {label}', browse: 'By region' },
      language: { title: 'Creators who make videos in {label}', browse: 'By language' },
      niche: { title: '{label} creators', browse: 'By niche' },
      community: { title: 'Creators: {label}', browse: 'By community' },
    },
    description: '{title}: {count}, with their partnerships and the brands each already mentions.',
    refine: 'Refine this list with search and more filters',
    stories: {
      objective: { title: 'Partnerships by objective: {label}', browse: 'By objective' },
      format: { title: 'Partnerships by format: {label}', browse: 'By format' },
      theme: { title: 'Partnerships by theme: {label}', browse: 'By theme' },
      industry: { title: '{label} partnerships', browse: 'By industry' },
      region: { title: 'Partnerships in {label}', browse: 'By region' },
    },
    storyDescription:
      '{title}: {count}, each with its brand, its creators, its key figures and where they come from.',
  },
  /** Pages of a static list after the first (/creators/page/2/). */
  listPages: {
    /** The title of such a page. */
    title: '{title}, page {page} of {pages}',
  },
  cards: {
    themes: 'Themes',
    niches: 'Niches',
  },
  /** The story card other sites embed, and the snippet on the story page that embeds it. */
  embed: {
    title: '{title}: a story card',
    readStory: 'Read the story on Casebook',
    headline: 'Headline figure',
    snippetHeading: 'Embed this story',
    snippetHelp:
      'Put this HTML in your page to show the story as a card: its title, brand, creators and headline figure with its source, and a link back here. The card runs no script.',
    snippetLabel: 'HTML to embed the story card',
    frameTitle: '{title}, a partnership story on Casebook',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Home',
    stories: 'All stories',
    creators: 'All creators',
    brands: 'All brands',
  },
  about: {
    title: 'About',
    heading: 'About the casebook',
    description:
      'What the casebook is, which stories are real, which are illustrative, and how each figure is sourced.',
    lede: 'A place to learn how brand–creator partnerships are made, including what goes wrong, and to find the creators for the next one.',
    realHeading: 'Real and illustrative stories',
    real: 'Stories marked as real describe partnerships named in a published 2021 interview with TikTok’s Global Head of Business Marketing. They say only what that interview says. Where it gives no figures, no quotes or no detail, the story says so and leaves the gap.',
    illustrative:
      'Every other story, brand and creator is illustrative: invented to show how a partnership like it can be planned, what tends to be hard and how results are reported. Their figures and quotes are invented too. Each is labelled on its page, and illustrative creators have no links to real accounts or videos.',
    figuresHeading: 'Figures and sources',
    figures:
      'Every result figure names its source and the period it covers. A figure without a source cannot be published here: the site refuses to build.',
    communitiesHeading: 'Communities',
    communities:
      'Creators are listed in a community only when they have said so publicly themselves. We never infer it.',
  },
  /** What both search islands say. */
  searchCommon: {
    hint: 'Typos are forgiven. Press / to jump here.',
    sort: 'Sort by',
    filters: 'Filters',
    /** The filters' summary with how many are chosen. */
    filtersChosen: '{filters} ({selected})',
    selected: { one: '{count} selected', other: '{count} selected' },
    /** How many results a filter value would give. */
    count: '({count})',
    match: 'Match',
    matchAny: 'any selected',
    matchAll: 'all selected',
    exclude: 'Exclude {label}',
    excludeMark: 'not',
    without: 'not {label}',
    showAll: { one: 'Show all {count}', other: 'Show all {count}' },
    matching: 'matching “{query}”',
    filteredBy: 'filtered by {filters}',
    clear: 'Clear search and filters',
    pages: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page} of {pages}',
    showing: '{from}–{to} of {total}',
    /** Joins the items of a list, and the parts of what the live region says. */
    listSeparator: ', ',
    /** Quotation marks around a title. */
    quoteOpen: '“',
    quoteClose: '”',
    /** Searches a visitor saves in this browser, listed with the search they belong to. */
    savedSearches: {
      save: 'Save this search',
      /** The field where the visitor names the search they save. */
      name: 'Name for this search',
      confirm: 'Save',
      cancel: 'Cancel',
      /** The name offered when only the sort differs from the full list. */
      sortedBy: 'Sorted by {sort}',
      heading: { one: 'Saved search ({count})', other: 'Saved searches ({count})' },
      rename: 'Rename',
      renameNamed: 'Rename “{name}”',
      newName: 'New name for “{name}”',
      delete: 'Delete',
      deleteNamed: 'Delete “{name}”',
      undo: 'Undo',
      saved: 'Saved “{name}”.',
      renamed: 'Renamed to “{name}”.',
      deleted: 'Deleted “{name}”.',
      restored: 'Restored “{name}”.',
      limit: {
        one: 'You have {count} saved search here, the most this browser keeps. Delete it to save another.',
        other:
          'You have {count} saved searches here, the most this browser keeps. Delete one to save another.',
      },
      full: 'Your browser’s storage for this site is full, so this was not saved. Delete a saved search or free some space in your browser’s settings, then try again.',
      refused: 'Your browser did not let this site store anything just now, so this was not saved.',
      unavailable:
        'Your browser does not let this site store anything, so searches you save last only until you leave this page.',
      damaged:
        'Your saved searches could not be read: what this browser kept of them is damaged. Searches you save from now on will be kept.',
      dropped: {
        one: '{count} saved search could not be read and was left out.',
        other: '{count} saved searches could not be read and were left out.',
      },
      overflow: {
        one: 'Only the {max} most recent saved searches are kept, so {count} older one was left out.',
        other:
          'Only the {max} most recent saved searches are kept, so {count} older ones were left out.',
      },
    },
  },
  /** The creator search island. */
  search: {
    heading: 'Search creators',
    label: 'Search by name, handle, niche or brand',
    placeholder: 'Try “rolettes”, “finance” or a brand',
    sorts: {
      relevance: 'Best match',
      name: 'Name',
      audience: 'Audience size',
      latest: 'Latest partnership',
    },
    facets: {
      brand: 'Mentions brand',
      region: 'Region',
      country: 'Country',
      language: 'Language',
      niche: 'Niche',
      community: 'Community',
      audience: 'Audience',
      industry: 'Partnered industry',
    },
    evidenceFor: 'Where {name} mentions the brand',
    evidenceBrand: '{brand}:',
    evidenceFailed: 'The videos could not be loaded; open the profile to see them.',
    watch: 'Watch',
    invented: 'invented video, no link',
    count: { one: '{count} creator', other: '{count} creators' },
    none: 'No creator matches this search. Try fewer filters or another spelling.',
    saveShort: 'Save',
    saved: 'Saved',
    shortlist: 'Your shortlist ({count})',
    sharedShortlist: 'Shortlist shared with you ({count})',
    keepShared: 'Add these to my shortlist',
    remove: 'Remove {name} from your shortlist',
    shareLink: 'Share link',
    downloadCsv: 'Download CSV',
    csvHeader: [
      'Name',
      'Other spellings',
      'Handle',
      'Region',
      'Country',
      'Languages',
      'Niches',
      'Audience',
      'Profile',
    ],
    csvFile: 'casebook-shortlist.csv',
    compare: 'Compare',
    /** On each result: compare this creator with those in the shortlist. */
    compareWith: 'Compare with shortlist',
    loading: 'Loading the search…',
    failed:
      'The search could not load. Every creator is still listed below, and the Browse links work.',
    /** "More like this": a result's control, and the view of the creators most like one. */
    like: {
      action: 'More like this',
      heading: 'Creators like {name}',
      clear: 'Show all results',
      unknown:
        'The link asked for creators like one who is not in the directory, so that part of it was left out.',
    },
  },
  /** The compare page, /creators/compare/?c=a,b: up to six creators side by side. */
  compare: {
    title: 'Compare creators',
    description:
      'Up to six creators side by side: region, languages, niches, communities, audience, platforms, the brands they mention and their partnerships.',
    intro: 'Up to six creators side by side. Rows where they differ are marked “Differs”.',
    noScript:
      'This page builds the comparison in your browser from the creators named in its address, so it needs JavaScript. Without it, open each creator’s profile from the directory.',
    directory: 'Go to the creator directory',
    loading: 'Loading the creators…',
    failed: 'The creators could not be loaded. Check your connection and reload the page.',
    pick: 'Pick at least two creators to compare: in the creator directory, save them to your shortlist and choose “Compare”.',
    caption: {
      one: 'Comparing {count} creator: {names}',
      other: 'Comparing {count} creators: {names}',
    },
    /** The name of the table's scrolling region. */
    tableLabel: 'Comparison table, scrolls sideways',
    /** The header of the column of row names. */
    field: 'Field',
    differs: 'Differs',
    onlyDifferences: 'Show only rows that differ',
    none: 'None',
    notStated: 'Not stated',
    /** After a brand mentioned: the date of the latest video that mentions it. */
    latest: 'latest {date}',
    rows: {
      region: 'Region',
      country: 'Country',
      languages: 'Languages',
      niches: 'Niches',
      communities: 'Communities',
      audience: 'Audience',
      platforms: 'Platforms',
      mentions: 'Brands mentioned (latest video)',
      partnerships: 'Partnerships and their stories',
      /** Only in the CSV file: the profile's address. */
      profile: 'Profile',
    },
    print: 'Print',
    downloadCsv: 'Download CSV',
    csvFile: 'casebook-comparison.csv',
    /** In the CSV file's "Differs" column. */
    csvYes: 'yes',
    /** What was left out of the address, and why. */
    dropped: {
      malformed: {
        one: '{count} entry in the address is not a creator id and was left out.',
        other: '{count} entries in the address are not creator ids and were left out.',
      },
      unknown: {
        one: 'No creator has the id {ids}, so it was left out.',
        other: 'No creators have the ids {ids}, so they were left out.',
      },
      repeated: {
        one: '{ids} was listed more than once and is shown once.',
        other: '{ids} were listed more than once and are shown once each.',
      },
      tooMany: {
        one: 'Up to six creators can be compared at once, so {count} more was left out.',
        other: 'Up to six creators can be compared at once, so {count} more were left out.',
      },
    },
  },
  /** The partnership search island on /stories/. */
  storySearch: {
    heading: 'Search stories',
    label: 'Search stories by brand, creator, objective or theme',
    placeholder: 'Try “koho”, “inclusion” or “sign-ups”',
    sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
    facets: {
      objective: 'Objective',
      format: 'Format',
      theme: 'Theme',
      industry: 'Industry',
      region: 'Region',
      brand: 'Brand',
    },
    count: { one: '{count} story', other: '{count} stories' },
    none: 'No story matches this search. Try fewer filters or another spelling.',
    with: 'With',
    real: 'Real',
    illustrative: 'Illustrative',
    loading: 'Loading the search…',
    failed: 'The search could not load. Every story is still listed below, page by page.',
  },
} as const;
