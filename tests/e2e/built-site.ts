/**
 * The pages of the built site, read from dist/ when the tests are collected, so that a check of
 * every page runs as one test per page: the suite's time grows with the pages, but no single
 * test does, and a slow machine cannot push one test past its timeout.
 */
import { samplePerKind, sitemapPaths } from '../../scripts/lib/built-pages.ts';

/** The built site: dist/, or another build's folder (`npm run audit:sample` names one). */
const dist = process.env.AUDIT_DIST ?? 'dist';

/** Every page path in the built sitemap (for example `/stories/x/`), sorted. */
export function builtPaths(): string[] {
  const paths = sitemapPaths(dist);
  if (!paths) {
    throw new Error(
      `No built site in ${dist}/: run \`npm run build\` before the end-to-end tests (npm test does).`,
    );
  }
  return paths;
}

/**
 * The pages the per-page audits open: every page in the sitemap, or with AUDIT_SAMPLE=n (set by
 * `npm run audit:sample` for a large build) n of each kind of page, spread through the kind.
 */
export function auditedPaths(): string[] {
  const perKind = Number(process.env.AUDIT_SAMPLE ?? 0);
  return perKind > 0 ? samplePerKind(builtPaths(), perKind) : builtPaths();
}

/** The locales the site is built in, and the prefix of each one's pages (English has none). */
export const siteLocales = ['en', 'ar', 'ja'] as const;
export type SiteLocale = (typeof siteLocales)[number];

/** A page's locale and its path within the locale: `/ar/stories/x/` → ar, `/stories/x/`. */
export function splitLocale(path: string): { locale: SiteLocale; rest: string } {
  const match = /^\/(ar|ja)(\/.*)$/.exec(path);
  return match
    ? { locale: match[1] as SiteLocale, rest: match[2] ?? '/' }
    : { locale: 'en', rest: path };
}

/** A path within a locale as that locale serves it: (`ar`, `/stories/`) → `/ar/stories/`. */
export const inLocale = (locale: SiteLocale, rest: string) =>
  locale === 'en' ? rest : `/${locale}${rest}`;

/**
 * A static facet page, any page of it: the creators or stories that share a value
 * (/creators/region/europe/, /stories/theme/inclusion/page/2/). Not a list's own later page
 * (/stories/page/2/), nor a story's embed card.
 */
export const isFacetPage = (path: string) =>
  /^\/(stories|creators)\/(?!page\/)[^/]+\/[^/]+\/(page\/\d+\/)?$/.test(path) &&
  !path.endsWith('/embed/');

/** Reading pages: a story, a creator, a brand, a facet page. They ship no script (the compare page is a tool, not one). */
export const isReadingPage = (path: string) =>
  (/^\/(stories|creators|brands)\/[^/]+\/$/.test(path) && path !== '/creators/compare/') ||
  isFacetPage(path);

/** Pages with a share card of their own: a story; a creator who appears in a story has one too (see every-page.spec.ts). */
export const hasOwnShareCard = (path: string) => /^\/stories\/[^/]+\/$/.test(path);

/** A creator's profile. */
export const isProfile = (path: string) =>
  /^\/creators\/[^/]+\/$/.test(path) && !path.startsWith('/creators/compare/');
