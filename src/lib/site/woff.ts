/**
 * Unpacks a WOFF font into the TrueType/OpenType file it wraps. The share cards' text renderer
 * (Pango through sharp) reads TrueType but not WOFF, and the fonts ship as WOFF in their npm
 * packages. WOFF is the same tables, each zlib-compressed, behind a different header.
 */
import { inflateSync } from 'node:zlib';

const woffSignature = 0x774f4646;

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== woffSignature)
    throw new Error('Not a WOFF font.');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = 44 + index * 20;
    const offset = woff.readUInt32BE(at + 4);
    const packed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + packed);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: packed < length ? inflateSync(stored) : Buffer.from(stored),
    };
  });
  // The SFNT table directory wants the largest power of two not above the table count.
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= count) entrySelector += 1;
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  let offset = header.length;
  const bodies = tables.map((table, index) => {
    const at = 12 + index * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    // Tables start on four-byte boundaries.
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    offset += padded.length;
    return padded;
  });
  return Buffer.concat([header, ...bodies]);
}
