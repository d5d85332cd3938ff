/**
 * Regenerates the field reference in CONTRIBUTING.md from the schemas.
 *
 *   npm run docs:fields          rewrite CONTRIBUTING.md
 *   node scripts/field-reference.ts --check    exit 1 if it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { endMarker, startMarker, withFieldReference } from '#lib/content/field-reference.ts';

const path = 'CONTRIBUTING.md';
const current = readFileSync(path, 'utf8');
const next = withFieldReference(current);
if (next === undefined) {
  console.error(
    `${path} has no generated section; add the lines\n${startMarker}\n${endMarker}\nwhere the field reference belongs.`,
  );
  process.exit(2);
}
if (process.argv.includes('--write')) {
  if (next !== current) writeFileSync(path, next);
  console.log(next === current ? `${path} is up to date.` : `${path}: field reference updated.`);
} else if (next !== current) {
  console.error(`${path}: the field reference is out of date; run npm run docs:fields.`);
  process.exit(1);
} else {
  console.log(`${path}: the field reference is up to date.`);
}
