/**
 * Cuts a font down to some characters and writes it as WOFF2: one run per font, so the build
 * can cut several in parallel (WOFF2 compression is the slow part, and runs on one core).
 *
 *   node scripts/subset-font.ts <font.ttf> <characters.txt> <out.woff2>
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const [font, characters, out] = process.argv.slice(2);
if (!font || !characters || !out) {
  console.error('Usage: node scripts/subset-font.ts <font.ttf> <characters.txt> <out.woff2>');
  process.exit(2);
}
const woff2 = await subsetFont(readFileSync(font), readFileSync(characters, 'utf8'), {
  targetFormat: 'woff2',
});
// Written beside its name and then renamed, so a run cut short leaves no half-written font.
writeFileSync(`${out}.part`, woff2);
renameSync(`${out}.part`, out);
