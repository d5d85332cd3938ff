/**
 * Draws the abstract hero image for one or more stories.
 *
 *   npm run make:hero -- <slug> [<slug> ...]     writes content/stories/<slug>/hero.jpg
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentDir } from '#lib/content/content-files-fs.ts';
import { heroSvg } from '#lib/site/hero-art.ts';

const slugs = process.argv.slice(2);
if (slugs.length === 0) {
  console.error('Usage: npm run make:hero -- <story-slug> [...]');
  process.exit(2);
}
for (const slug of slugs) {
  const folder = join(contentDir, 'stories', slug);
  if (!existsSync(folder)) {
    console.error(`No story folder ${folder}/; start the story with npm run new:story.`);
    process.exitCode = 1;
    continue;
  }
  const file = join(folder, 'hero.jpg');
  await sharp(Buffer.from(heroSvg(slug)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(file);
  console.log(`wrote ${file}`);
}
