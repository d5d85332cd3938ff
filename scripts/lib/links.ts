/**
 * The link check over a built site, fragments included (`#section` must exist on its page):
 * `npm run check:links` crawls the whole of dist/; the sampled audit checks the links on its
 * sample of pages, each link once.
 */
import { check, LinkState, type CheckOptions } from 'linkinator';

const site = process.env.SITE_URL ?? 'https://casebook.example';

/**
 * Checks the links of `path` (a folder, crawled from its root, or pages' addresses, not crawled
 * further), with `origin` standing for the site's public address. Prints each broken link and
 * a summary; resolves to the number broken.
 */
export async function checkLinks(
  path: string | string[],
  origin: string,
  options: Pick<CheckOptions, 'port' | 'recurse'> = {},
): Promise<number> {
  const result = await check({
    path,
    checkFragments: true,
    concurrency: 50,
    ...options,
    // Canonical, Open Graph and feed links name the public address; check them against the build.
    urlRewriteExpressions: [
      {
        pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        replacement: origin,
      },
    ],
    // Share buttons and mail links leave the site; this machine cannot reach other origins.
    linksToSkip: ['^mailto:', '^https://www\\.linkedin\\.com/', '^https://x\\.com/'],
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
  for (const link of broken)
    console.error(
      `broken  ${link.status ?? '-'}  ${link.url.replace(origin, '')}  (on ${link.parent?.replace(origin, '') ?? '?'})`,
    );
  console.log(
    `${checked} links checked, ${broken.length} broken, ${result.links.length - checked} skipped (outside the site).`,
  );
  return broken.length;
}
