/**
 * Draws an Open Graph share card (1200×630 PNG) with sharp: the text is laid out by Pango,
 * which shapes every script (Arabic joined and right to left, Japanese broken between
 * characters), in fonts from the fontsource packages, so no network and no system font is
 * needed. Right-to-left cards are mirrored: the artwork on the left, the text aligned right.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { heroSvg } from './hero-art.ts';
import type { ShareCard } from './share-card.ts';
import { woffToSfnt } from './woff.ts';

export const cardSize = { width: 1200, height: 630 } as const;

const art = { width: 360 } as const;
const pad = 64;
const textWidth = cardSize.width - art.width - 2 * pad;

const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;

/** The font files of a fontsource package whose names match. */
function packageFonts(pkg: string, pattern: RegExp): string[] {
  const folder = dirname(resolve(`${pkg}/package.json`));
  return readdirSync(join(folder, 'files'))
    .filter((name) => pattern.test(name))
    .map((name) => join(folder, 'files', name));
}

/** The fonts for each script a card can hold: Latin always, Arabic and Japanese when the text has them. */
const scripts = [
  {
    test: () => true,
    files: () => [
      ...packageFonts('@fontsource/inter', /^inter-(latin|latin-ext)-(400|600)-normal\.woff$/),
      ...packageFonts(
        '@fontsource/source-serif-4',
        /^source-serif-4-(latin|latin-ext)-700-normal\.woff$/,
      ),
    ],
  },
  {
    test: (text: string) => /\p{Script=Arabic}/u.test(text),
    files: () =>
      packageFonts(
        '@fontsource/noto-sans-arabic',
        /^noto-sans-arabic-arabic-(400|600|700)-normal\.woff$/,
      ),
  },
  {
    test: (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text),
    files: () =>
      packageFonts('@fontsource/noto-sans-jp', /^noto-sans-jp-\d+-(400|700)-normal\.woff$/),
  },
];

/** Where the fonts are unpacked to TrueType, which Pango reads (it does not read WOFF). */
const fontDir = join(process.cwd(), 'node_modules/.astro/share-cards/fonts');

/** The script's fonts as TrueType files in fontDir, unpacked where missing. */
function unpacked(script: (typeof scripts)[number]): string[] {
  mkdirSync(fontDir, { recursive: true });
  return script.files().map((woff) => {
    const fontfile = join(fontDir, basename(woff).replace(/\.woff$/, '.ttf'));
    if (!existsSync(fontfile)) {
      const partial = `${fontfile}.${process.pid}.tmp`;
      writeFileSync(partial, woffToSfnt(readFileSync(woff)));
      renameSync(partial, fontfile);
    }
    return fontfile;
  });
}

/** The fontconfig file that gives a process every card font from its start. */
const fontConfigFile = join(fontDir, 'fonts.conf');

/**
 * Unpacks every card font and writes a fontconfig file listing them (with the system's own
 * configuration, as a process without it has): a drawing process started with FONTCONFIG_FILE
 * set to it needs no fonts registered one by one, which for Noto Sans JP's 240 files takes
 * seconds. Returns the file.
 */
export function cardFontConfig(): string {
  for (const script of scripts) unpacked(script);
  const system = '/etc/fonts/fonts.conf';
  const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by src/lib/site/share-card-render-fs.ts: the share cards' fonts. -->
<fontconfig>
  ${existsSync(system) ? `<include ignore_missing="yes">${system}</include>` : ''}
  <dir>${fontDir}</dir>
  <cachedir>${join(fontDir, 'cache')}</cachedir>
</fontconfig>
`;
  if (!existsSync(fontConfigFile) || readFileSync(fontConfigFile, 'utf8') !== text) {
    const partial = `${fontConfigFile}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, fontConfigFile);
  }
  return fontConfigFile;
}

const registered = new Map<(typeof scripts)[number], Promise<void>>();

/** Registers with fontconfig the fonts a text needs, each script once per process (unless the process started with them all). */
function registerFonts(text: string): Promise<unknown> {
  if (process.env.FONTCONFIG_FILE === fontConfigFile) return Promise.resolve();
  return Promise.all(
    scripts
      .filter((script) => script.test(text))
      .map((script) => {
        let done = registered.get(script);
        if (!done) {
          done = (async () => {
            // A text render with a font file adds that file to fontconfig for the whole process.
            for (const fontfile of unpacked(script))
              await sharp({ text: { text: '.', fontfile } }).toBuffer();
          })();
          registered.set(script, done);
        }
        return done;
      }),
  );
}

const sans = 'Inter, Noto Sans Arabic, Noto Sans JP';
const serif = 'Source Serif 4, Noto Sans Arabic, Noto Sans JP';

/** Pango markup needs &, < and > escaped. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens text to `max` characters at a word boundary (or at `max` where there are no spaces, as in Japanese). */
function clip(text: string, max: number): string {
  const characters = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (part) => part.segment,
  );
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max).join('');
  return `${/\s/.test(cut) ? cut.replace(/\s+\S*$/, '') : cut}…`;
}

/** A block of pixels to lay on the card: raw RGBA, so nothing is encoded and decoded between steps. */
interface Block {
  input: Buffer;
  raw: { width: number; height: number; channels: 4 };
  width: number;
  height: number;
}

/**
 * Recent blocks by what they are drawn from. A locale's cards share their site name and label,
 * a creator's cards share their eyebrow, and one story's cards in each locale share its artwork
 * (and, untranslated, its title), so these are drawn once and laid on many cards. Each kind keeps
 * its last few, oldest out first: the artwork strips are large, so few of them are kept.
 */
const limits = { text: 256, strip: 16, pill: 16 } as const;
const recent: Record<keyof typeof limits, Map<string, Promise<Block>>> = {
  text: new Map(),
  strip: new Map(),
  pill: new Map(),
};
function remembered(
  kind: keyof typeof limits,
  key: string,
  make: () => Promise<Block>,
): Promise<Block> {
  const kept = recent[kind];
  let block = kept.get(key);
  if (!block) {
    block = make();
    kept.set(key, block);
    if (kept.size > limits[kind]) kept.delete(kept.keys().next().value as string);
    // A failed drawing is not kept, so the next card tries again.
    block.catch(() => kept.delete(key));
  }
  return block;
}

async function rawBlock(image: Sharp): Promise<Block> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    input: data,
    raw: { width: info.width, height: info.height, channels: 4 },
    width: info.width,
    height: info.height,
  };
}

/** One block of text, laid out within `width`. */
function text(markup: string, width: number, align: 'left' | 'right'): Promise<Block> {
  return remembered('text', `${String(width)} ${align} ${markup}`, () =>
    rawBlock(
      sharp({ text: { text: markup, width, rgba: true, wrap: 'word-char', align, dpi: 72 } }),
    ),
  );
}

const span = (
  family: string,
  size: number,
  weight: number,
  colour: string,
  value: string,
  extra = '',
) =>
  `<span font_family="${family}" size="${size}pt" weight="${weight}" foreground="${colour}"${extra}>${escape(value)}</span>`;

/** The card as a PNG. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  await registerFonts([card.eyebrow, card.title, card.detail, card.label, card.siteName].join(' '));
  const rtl = card.dir === 'rtl';
  const align = rtl ? 'right' : 'left';
  const tone = card.illustrative
    ? { ink: '#8a4b00', paper: '#fdf0dc' }
    : { ink: '#0d6b63', paper: '#dff1ee' };
  const title = clip(card.title, 110);
  const [eyebrow, heading, detail, name, label] = await Promise.all([
    text(
      span(
        sans,
        26,
        600,
        '#4a5561',
        clip(card.eyebrow, 48).toLocaleUpperCase(card.lang),
        ' letter_spacing="2048"',
      ),
      textWidth,
      align,
    ),
    text(
      span(serif, title.length > 70 ? 50 : 60, 700, '#17202a', title, ' line_height="1.12"'),
      textWidth,
      align,
    ),
    text(
      span(sans, 28, 400, '#4a5561', clip(card.detail, 110), ' line_height="1.35"'),
      textWidth,
      align,
    ),
    text(span(serif, 34, 700, '#0d6b63', card.siteName), textWidth, align),
    card.label ? text(span(sans, 24, 600, tone.ink, card.label), textWidth, align) : undefined,
  ]);
  const left = rtl ? art.width + pad : pad;
  const right = rtl ? cardSize.width - pad : cardSize.width - art.width - pad;
  const at = (block: Block, top: number, edge: 'start' | 'end' = 'start') => ({
    ...block,
    top: Math.round(top),
    left: Math.round((edge === 'start') !== rtl ? left : right - block.width),
  });
  // The label sits in a pill drawn behind it.
  const pill = label
    ? { width: label.width + 36, height: label.height + 14 }
    : { width: 0, height: 0 };
  const pillSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pill.width}" height="${pill.height}"><rect x="1" y="1" width="${pill.width - 2}" height="${pill.height - 2}" rx="${pill.height / 2}" fill="${tone.paper}" stroke="${tone.ink}" stroke-width="2"/></svg>`;
  const row = Math.max(name.height, pill.height);
  const footer = cardSize.height - 56 - row;
  const pillLeft = rtl ? left : right - pill.width;
  const labelled = label
    ? [
        {
          ...(await remembered('pill', pillSvg, () => rawBlock(sharp(Buffer.from(pillSvg))))),
          top: Math.round(footer + (row - pill.height) / 2),
          left: Math.round(pillLeft),
        },
        {
          ...label,
          top: Math.round(footer + (row - label.height) / 2),
          left: Math.round(pillLeft + 18),
        },
      ]
    : [];
  const strip = await remembered('strip', card.seed, () =>
    rawBlock(
      sharp(Buffer.from(heroSvg(card.seed, 1120, 630))).extract({
        left: 0,
        top: 0,
        width: art.width,
        height: cardSize.height,
      }),
    ),
  );
  const layers = [
    at(eyebrow, pad),
    at(heading, pad + eyebrow.height + 20),
    at(detail, pad + eyebrow.height + 20 + heading.height + 24),
    at(name, footer + (row - name.height) / 2),
    ...labelled,
  ].map(({ input, raw, top, left }) => ({ input, raw, top, left }));
  // The artwork, widened to the card in its paper colour, is the ground the text is laid on.
  return sharp(strip.input, { raw: strip.raw })
    .extend({ [rtl ? 'right' : 'left']: cardSize.width - art.width, background: '#fbfaf7' })
    .composite(layers)
    .png({ compressionLevel: 6 })
    .toBuffer();
}
