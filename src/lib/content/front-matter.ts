/**
 * Splits a story into its YAML front matter and its MDX body, keeping track of where each starts
 * in the file so that every problem can be reported at the line an editor sees. Accepts what
 * Astro accepts: blank lines before the opening `---`, and CRLF line endings (the byte-order
 * mark is dropped when the file is read).
 */

/** A story file split in two, with the lines where each part starts. */
export interface FrontMatterSplit {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Lines of the file before the YAML starts (so YAML line 1 is file line `yamlLineOffset + 1`). */
  yamlLineOffset: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Why a story's front matter cannot be found, with the line to point at. */
export interface FrontMatterMissing {
  problem: 'no-opening' | 'no-closing';
  line: number;
}

const opening = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const closing = /^---[ \t]*(?:\r?\n|$)/m;

function linesIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * The front matter and body of a story's text, or which delimiter is missing. The closing line
 * is the first line that is `---` on its own, as in Astro.
 */
export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterMissing {
  const open = opening.exec(text);
  if (!open) return { problem: 'no-opening', line: 1 };
  const yamlStart = open[0].length;
  const rest = text.slice(yamlStart);
  const close = closing.exec(rest);
  if (!close) return { problem: 'no-closing', line: linesIn(open[0]) };
  const yaml = rest.slice(0, close.index);
  const bodyStart = yamlStart + close.index + close[0].length;
  const yamlLineOffset = linesIn(open[0]);
  return {
    yaml,
    yamlLineOffset,
    body: text.slice(bodyStart),
    bodyLine: linesIn(text.slice(0, bodyStart)) + 1,
  };
}
