/** Highlighting of matched characters, kept apart from the engine so the page can render results without loading it. */

/** A string cut into plain and matched parts, from Fuse's match indices, for rendering as text; touching or overlapping ranges read as one run. */
export function highlight(
  text: string,
  indices: readonly (readonly [number, number])[] = [],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  /** Adds the text from where the last part ended up to `end`, as a match or not. */
  const take = (end: number, match: boolean) => {
    if (end <= at) return;
    const last = parts.at(-1);
    const piece = text.slice(at, end);
    if (last?.match === match) last.text += piece;
    else parts.push({ text: piece, match });
    at = end;
  };
  for (const [start, end] of [...indices].sort((a, b) => a[0] - b[0])) {
    take(start, false);
    take(end + 1, true);
  }
  take(text.length, false);
  return parts;
}
