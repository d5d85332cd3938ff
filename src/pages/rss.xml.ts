import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { ui } from '#lib/strings/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await getCatalog();
  return rss({
    title: `${ui.siteName}: brand–creator partnership stories`,
    description: ui.siteTagline,
    site: site ?? 'https://casebook.example',
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.data.illustrative ? `${story.data.title} (illustrative)` : story.data.title,
      description: story.data.summary,
      pubDate: story.data.published,
      link: `/stories/${story.id}/`,
      categories: story.data.themes,
    })),
  });
};
