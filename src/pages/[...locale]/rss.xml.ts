import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog';
import { localeContext, localeParams } from '#lib/strings/index.ts';

export function getStaticPaths() {
  return localeParams().map((params) => ({ params }));
}

/** The feed of each locale: its stories in the locale's language where translated, links in the locale. */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const l = localeContext(currentLocale);
  const { t } = l;
  const { stories } = await getCatalog();
  return rss({
    title: t.feed.title,
    description: t.site.tagline,
    site: site ?? 'https://casebook.example',
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.data.illustrative
        ? l.fill(t.feed.illustrativeTitle, { title: story.data.title })
        : story.data.title,
      description: story.data.summary,
      pubDate: story.data.published,
      link: l.href(`/stories/${story.id}/`),
      categories: story.data.themes.map((theme) => l.label('themes', theme)),
    })),
    customData: `<language>${l.lang}</language>`,
  });
};
