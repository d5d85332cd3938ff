import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { fill } from '#lib/strings/format.ts';
import { stringsFor } from '#lib/strings/index.ts';

export const GET: APIRoute = async ({ site, currentLocale }) => {
  const t = stringsFor(currentLocale);
  const { stories } = await getCatalog();
  return rss({
    title: t.feed.title,
    description: t.site.tagline,
    site: site ?? 'https://casebook.example',
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.data.illustrative
        ? fill(t.feed.illustrativeTitle, { title: story.data.title })
        : story.data.title,
      description: story.data.summary,
      pubDate: story.data.published,
      link: `/stories/${story.id}/`,
      categories: story.data.themes,
    })),
  });
};
