/**
 * Size and shape rules for images in content, checked before anything is built, so an editor
 * hears about a 12 MB photo or a portrait-shaped hero at once.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { say, type ImageKind } from './schema.ts';

export interface ImageRule {
  /** Smallest acceptable width in pixels. */
  minWidth: number;
  /** Acceptable width ÷ height, inclusive. */
  ratio: readonly [number, number];
  /** Largest acceptable file, in bytes. */
  maxBytes: number;
  /** What the shape should look like, for messages and the contributors' guide. */
  shape: string;
}

/** The rules per kind of image; CONTRIBUTING.md is generated from these. */
export const imageRules: Record<ImageKind, ImageRule> = {
  hero: { minWidth: 1200, ratio: [1.6, 2.0], maxBytes: 2_000_000, shape: 'landscape, about 16:9' },
  avatar: { minWidth: 256, ratio: [0.9, 1.1], maxBytes: 500_000, shape: 'square' },
  logo: { minWidth: 128, ratio: [0.25, 4], maxBytes: 500_000, shape: 'any reasonable shape' },
};

/** File types the site can process. */
export const imageFormats = ['jpg', 'png', 'webp', 'avif', 'svg'] as const;

/** Bytes read from the start of an image to find its size: enough for nearly every header. */
const headerBytes = 64 * 1024;
/** One buffer for every header: each is measured before the next is read. */
const header = Buffer.allocUnsafe(headerBytes);

/**
 * The start of a file. Reading a whole 2 MB hero to learn its width would make the checker slow
 * on a thousand stories; the width is in the first few kilobytes of every format we accept.
 */
function readStart(path: string, bytes: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const read = readSync(descriptor, header, 0, Math.min(bytes, headerBytes), 0);
    return header.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/** The size of an image from its header, or from the whole file when the header is longer. */
function measure(path: string, bytes: number): { width?: number; height?: number; type?: string } {
  try {
    return imageSize(readStart(path, bytes));
  } catch (error) {
    // A JPEG with a large EXIF block puts its size further in; only then is all of it read.
    if (bytes <= headerBytes) throw error;
    return imageSize(readFileSync(path));
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The problem with an image file, as a `say()` message, or undefined when it passes. */
export function checkImage(path: string, shown: string, kind: ImageKind): string | undefined {
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    return say(
      `No image file at ${shown}.`,
      'put the image beside the story (for example ./hero.jpg) or correct the path.',
    );
  }
  const rule = imageRules[kind];
  if (bytes > rule.maxBytes) {
    return say(
      `The ${kind} image is ${megabytes(bytes)}, over the ${megabytes(rule.maxBytes)} limit.`,
      `export it smaller (${rule.minWidth}–${rule.minWidth * 2} px wide, JPEG quality about 80).`,
    );
  }
  let size: { width?: number; height?: number; type?: string };
  try {
    size = measure(path, bytes);
  } catch {
    return say(
      `${shown} is not an image the site can read.`,
      `save it as ${imageFormats.join(', ')}.`,
    );
  }
  if (
    !size.type ||
    !(imageFormats as readonly string[]).includes(size.type === 'jpeg' ? 'jpg' : size.type)
  ) {
    return say(
      `${shown} is a ${size.type ?? 'unknown'} file.`,
      `save it as ${imageFormats.join(', ')}.`,
    );
  }
  if (size.type === 'svg' || !size.width || !size.height) return undefined;
  if (size.width < rule.minWidth) {
    return say(
      `The ${kind} image is ${size.width} px wide, narrower than ${rule.minWidth} px.`,
      `use an image at least ${rule.minWidth} px wide.`,
    );
  }
  const ratio = size.width / size.height;
  if (ratio < rule.ratio[0] || ratio > rule.ratio[1]) {
    return say(
      `The ${kind} image is ${size.width}×${size.height}, not ${rule.shape}.`,
      `crop it to ${rule.shape} (width ÷ height between ${rule.ratio[0]} and ${rule.ratio[1]}).`,
    );
  }
  return undefined;
}
