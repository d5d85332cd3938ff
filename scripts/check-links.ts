/**
 * Checks every link in the built site, fragments included (`#section` must exist on its page),
 * and prints what is broken. Run after `npm run build`.
 *
 *   npm run check:links
 */
import { check, LinkState } from 'linkinator';

const port = 4329;
const site = process.env.SITE_URL ?? 'https://casebook.example';
const local = `http://localhost:${port}`;

const result = await check({
  path: 'dist',
  port,
  recurse: true,
  checkFragments: true,
  concurrency: 50,
  // Canonical, Open Graph and feed links name the public address; check them against the build.
  urlRewriteExpressions: [
    { pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local },
  ],
  // Share buttons and mail links leave the site; this machine cannot reach other origins.
  linksToSkip: ['^mailto:', '^https://www\\.linkedin\\.com/', '^https://x\\.com/'],
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
for (const link of broken)
  console.error(
    `broken  ${link.status ?? '-'}  ${link.url.replace(local, '')}  (on ${link.parent?.replace(local, '') ?? '?'})`,
  );
console.log(
  `${checked} links checked, ${broken.length} broken, ${result.links.length - checked} skipped (outside the site).`,
);
process.exit(broken.length > 0 ? 1 : 0);
