/**
 * Open Graph share cards (1200×630 PNG), drawn at build time from local font files, so no
 * network is needed and every story and creator gets its own card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { Strings } from '#lib/strings/types.ts';
import { heroSvg } from './hero-art.ts';

export const cardSize = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Small line above the title, for example the brand or "Creator". */
  eyebrow: string;
  title: string;
  /** One line under the title. */
  detail: string;
  /** Real or illustrative, shown as a label. */
  illustrative: boolean;
  /** Seeds the artwork strip. */
  seed: string;
}

const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[] | undefined;

/** Latin-subset WOFF files from the fontsource packages (satori reads WOFF, not WOFF2). */
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: readFileSync(resolve('@fontsource/inter/files/inter-latin-400-normal.woff')), weight: 400, style: 'normal' },
    { name: 'Inter', data: readFileSync(resolve('@fontsource/inter/files/inter-latin-600-normal.woff')), weight: 600, style: 'normal' },
    { name: 'Source Serif', data: readFileSync(resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')), weight: 700, style: 'normal' },
  ];
  return fonts;
}

type Element = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, attributes: Record<string, unknown> = {}): Element => ({ type, props: { ...attributes, style, children } });

/** Shortens text to `max` characters at a word boundary. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** The card as a PNG, with its labels in the strings' language. */
export async function renderShareCard(card: ShareCard, t: Strings): Promise<Buffer> {
  // The artwork is composed for 16:9; draw it at card height and keep a strip of it.
  const art = await sharp(Buffer.from(heroSvg(card.seed, 1120, 630))).extract({ left: 0, top: 0, width: 360, height: 630 }).png().toBuffer();
  const label = card.illustrative ? t.provenance.illustrative : t.provenance.real;
  const tree = h('div', { display: 'flex', width: '100%', height: '100%', background: '#fbfaf7', fontFamily: 'Inter' }, [
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 840, padding: '64px 64px 56px' }, [
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h('div', { display: 'flex', fontSize: 26, fontWeight: 600, color: '#4a5561', letterSpacing: 2, textTransform: 'uppercase' }, clip(card.eyebrow, 48)),
        h('div', { display: 'flex', marginTop: 20, fontFamily: 'Source Serif', fontSize: card.title.length > 70 ? 50 : 60, fontWeight: 700, lineHeight: 1.12, color: '#17202a' }, clip(card.title, 110)),
        h('div', { display: 'flex', marginTop: 24, fontSize: 28, color: '#4a5561', lineHeight: 1.35 }, clip(card.detail, 110)),
      ]),
      h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
        h('div', { display: 'flex', fontFamily: 'Source Serif', fontSize: 34, fontWeight: 700, color: '#0d6b63' }, t.site.name),
        h('div', { display: 'flex', fontSize: 24, fontWeight: 600, padding: '6px 18px', borderRadius: 999, border: `2px solid ${card.illustrative ? '#8a4b00' : '#0d6b63'}`, color: card.illustrative ? '#8a4b00' : '#0d6b63', background: card.illustrative ? '#fdf0dc' : '#dff1ee' }, label),
      ]),
    ]),
    h('img', { width: 360, height: 630 }, undefined, { src: `data:image/png;base64,${art.toString('base64')}`, width: 360, height: 630 }),
  ]);
  // satori takes React-shaped element objects; plain objects keep React out of the build.
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...cardSize, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
