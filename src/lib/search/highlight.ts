/** Highlighting of matched characters, kept apart from the engine so the page can render results without loading it. */

/** A string cut into plain and matched parts, from Fuse's match indices, for rendering as text. */
export function highlight(text: string, indices: readonly (readonly [number, number])[] = []): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...indices].sort((a, b) => a[0] - b[0])) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    parts.push({ text: text.slice(from, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  // Touching ranges read as one highlighted run.
  return parts.reduce<{ text: string; match: boolean }[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else if (part.text) merged.push({ ...part });
    return merged;
  }, []);
}
