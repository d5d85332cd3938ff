// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { defineConfig, fontProviders } from 'astro/config';
import { japaneseFonts, japaneseRanges } from './src/lib/site/japanese-font-fs.ts';

/**
 * A digest of the modules the content schemas are built from. Astro keeps parsed content
 * between builds and clears it when the Astro config or content.config.ts changes, but not when
 * a module they import does; a changed schema would then build from data parsed by the old one.
 * Putting this digest into the config (as a header the dev server sends, a field Astro hashes; it
 * ignores the vite field) clears the store whenever a schema module changes.
 */
function schemaDigest() {
  const hash = createHash('sha256');
  const files = [
    'src/lib/taxonomy.ts',
    ...readdirSync('src/lib/content')
      .sort()
      .map((name) => `src/lib/content/${name}`),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Unicode ranges of the subsets of the heading font we serve, as fontsource splits them; a
 * browser downloads a subset only when a page uses one of its characters.
 * @type {Record<'latin' | 'latin-ext' | 'vietnamese', [string, ...string[]]>}
 */
const ranges = {
  latin: [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2191',
    'U+2193',
    'U+2212',
    'U+2215',
    'U+FEFF',
    'U+FFFD',
  ],
  'latin-ext': [
    'U+0100-02BA',
    'U+02BD-02C5',
    'U+02C7-02CC',
    'U+02CE-02D7',
    'U+02DD-02FF',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+1D00-1DBF',
    'U+1E00-1E9F',
    'U+1EF2-1EFF',
    'U+2020',
    'U+20A0-20AB',
    'U+20AD-20C4',
    'U+2113',
    'U+2C60-2C7F',
    'U+A720-A7FF',
  ],
  vietnamese: [
    'U+0102-0103',
    'U+0110-0111',
    'U+0128-0129',
    'U+0168-0169',
    'U+01A0-01A1',
    'U+01AF-01B0',
    'U+0300-0301',
    'U+0303-0304',
    'U+0308-0309',
    'U+0323',
    'U+0329',
    'U+1EA0-1EF9',
    'U+20AB',
  ],
};

/**
 * The heading font: Source Serif 4 (variable), self-hosted from its fontsource package. Body
 * text uses the reader's system font, so this is the only font a page downloads.
 */
const headingFont = {
  provider: fontProviders.local(),
  name: 'Source Serif 4',
  cssVariable: '--font-source-serif',
  fallbacks: ['Georgia', 'serif'],
  options: {
    variants: /** @type {[ReturnType<typeof variant>, ...ReturnType<typeof variant>[]]} */ ([
      variant('latin'),
      variant('latin-ext'),
      variant('vietnamese'),
    ]),
  },
};

/** One @font-face of the heading font. @param {keyof typeof ranges} subset */
function variant(subset) {
  return {
    src: /** @type {[string]} */ ([
      `./node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-${subset}-wght-normal.woff2`,
    ]),
    weight: '100 900',
    style: /** @type {const} */ ('normal'),
    display: /** @type {const} */ ('swap'),
    unicodeRange: ranges[subset],
  };
}

/**
 * The site's languages: English at the root, Arabic and Japanese under /ar/ and /ja/. The same
 * list is src/lib/strings/locales.ts, which a config file cannot import; a unit test keeps the
 * two equal.
 */
const i18n = {
  defaultLocale: 'en',
  locales: ['en', 'ar', 'ja'],
  routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
};

/**
 * Every sitemap entry lists its page in each language (the sitemap integration writes those) and
 * the English page as `x-default`, the one for readers whose language is none of ours.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withDefaultAlternate(item) {
  const english = item.links?.find((link) => link.lang === 'en');
  if (english) item.links = [...(item.links ?? []), { url: english.url, lang: 'x-default' }];
  return item;
}

/**
 * Each locale's 404 page as /<locale>/404.html, where hosts look for the page of a missing
 * address under that prefix (Astro writes only the default locale's at /404.html).
 * @type {import('astro').AstroIntegration}
 */
const localizedNotFound = {
  name: 'localized-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const locale of i18n.locales) {
        const page = new URL(`${locale}/404/index.html`, dir);
        if (!existsSync(page)) continue;
        renameSync(page, new URL(`${locale}/404.html`, dir));
        rmdirSync(new URL(`${locale}/404/`, dir));
      }
    },
  },
};

/**
 * The @font-face rules of a fontsource stylesheet, as Fonts API variants: each file with its
 * weight and unicode-range.
 * @param {string} stylesheet path under node_modules
 */
function fontsourceFaces(stylesheet) {
  const folder = stylesheet.slice(0, stylesheet.lastIndexOf('/') + 1);
  const css = readFileSync(`./node_modules/${stylesheet}`, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule = '']) => {
    const file = /url\(\.\/([^)]+\.woff2)\)/.exec(rule)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1];
    const ranges = (/unicode-range:\s*([^;]+);/.exec(rule)?.[1] ?? '')
      .split(',')
      .map((range) => range.trim());
    if (!file || !weight) return [];
    return [
      {
        src: /** @type {[string]} */ ([`./node_modules/${folder}${file}`]),
        weight,
        style: /** @type {const} */ ('normal'),
        display: /** @type {const} */ ('swap'),
        unicodeRange: /** @type {[string, ...string[]]} */ (ranges),
      },
    ];
  });
}

/** Arabic pages: Noto Sans Arabic, its Arabic subset only (Latin text keeps the site's fonts). */
const arabicFont = {
  provider: fontProviders.local(),
  name: 'Noto Sans Arabic',
  cssVariable: '--font-arabic',
  fallbacks: ['system-ui', 'Tahoma', 'sans-serif'],
  options: {
    variants:
      /** @type {[ReturnType<typeof fontsourceFaces>[number], ...ReturnType<typeof fontsourceFaces>]} */ ([
        ...fontsourceFaces('@fontsource/noto-sans-arabic/arabic-400.css'),
        ...fontsourceFaces('@fontsource/noto-sans-arabic/arabic-700.css'),
      ]),
  },
};

/** Japanese pages: Noto Sans JP cut to the characters the site's Japanese text uses (japanese-font-fs.ts). */
const japaneseFiles = await japaneseFonts(process.cwd());
/** @param {'400' | '700'} weight */
function japaneseFace(weight) {
  return {
    src: /** @type {[string]} */ ([`./${japaneseFiles[weight]}`]),
    weight,
    style: /** @type {const} */ ('normal'),
    display: /** @type {const} */ ('swap'),
    unicodeRange: /** @type {[string, ...string[]]} */ ([...japaneseRanges]),
  };
}
/** @typedef {ReturnType<typeof japaneseFace>} JapaneseFace */
const japaneseFont = {
  provider: fontProviders.local(),
  name: 'Noto Sans JP',
  cssVariable: '--font-japanese',
  fallbacks: ['system-ui', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', 'sans-serif'],
  options: {
    variants: /** @type {[JapaneseFace, JapaneseFace]} */ ([
      japaneseFace('400'),
      japaneseFace('700'),
    ]),
  },
};

/** The public address; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://casebook.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  i18n,
  integrations: [
    mdx(),
    react(),
    sitemap({
      // Story cards for other sites' frames point search engines at the story itself.
      filter: (page) => !page.endsWith('/embed/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ar: 'ar', ja: 'ja' } },
      serialize: withDefaultAlternate,
    }),
    localizedNotFound,
  ],
  fonts: [headingFont, arabicFont, japaneseFont],
  build: { format: 'directory' },
  // A route whose getStaticPaths gives a cacheKey is copied from the last build when its key and
  // its code are unchanged. Only the share cards give one: their key names what they show. Pages
  // cannot yet (Astro 7.3.5): the modules of astro:assets and of the Fonts API hash differently
  // on every build, so a page that uses <Image> or <Font> never counts as unchanged.
  experimental: { incrementalBuild: true },
  // Prism marks code with classes; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: 'prism' },
  server: { host: '127.0.0.1', port: 4321, headers: { 'x-content-schema': schemaDigest() } },
  security: {
    // Astro adds hashes for every script and style it emits; nothing else may run or load.
    // frame-ancestors cannot be set from a <meta> tag, so public/_headers sends it.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  vite: {
    // The search engine's bundle is both a module worker and a module the page imports.
    worker: { format: 'es', rolldownOptions: { output: { comments: false } } },
    build: {
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'shared',
                priority: 2,
                test: /src[\\/](islands[\\/]search[\\/]languageLinks|lib[\\/](search[\\/]creators[\\/]shortlist|strings[\\/]format|content[\\/]records|patterns)\.)/,
              },
              {
                name: 'react',
                priority: 1,
                test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]|src[\\/]islands[\\/]search[\\/]|src[\\/]lib[\\/]search[\\/](url-state|highlight|encode|record|saved-searches)\./,
              },
            ],
          },
        },
        onwarn(warning, warn) {
          // Astro's own MDX modules carry a directive the bundler cannot keep; the warning is
          // about Astro internals, not our content, and would bury real messages for editors.
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            String(warning.message).includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
