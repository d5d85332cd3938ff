/**
 * Reads the YAML of a creator, a brand or a story's front matter, and turns every syntax error
 * into a message for an editor, at the line where the mistake begins: an unclosed quote is
 * reported where it opens, not at the end of the file where the parser gives up.
 *
 * The text is read twice. The `yaml` package gives positions for every node, which the checker
 * needs to point at fields; js-yaml is what Astro itself reads content with, and it refuses a few
 * things `yaml` lets through (an unknown `!tag`, an `*alias` with no anchor, a lone carriage
 * return). Whatever js-yaml refuses is reported too, so content that passes the checker never
 * stops the build with a message of Astro's own.
 */
import { DEFAULT_SCHEMA, load as loadWithAstrosParser, Type, YAMLException } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, YAMLError } from 'yaml';
import { WrittenDate } from './date-rules.ts';
import { say } from './problems.ts';

/** A syntax error, located in the file (not in the YAML alone). */
export interface YamlProblem {
  line: number;
  column: number;
  /** The field the error is in, as a dotted path, or `(yaml)` when it is in none. */
  field: string;
  /** A `say()` message. */
  message: string;
}

/** Where the nodes of a YAML text are, for pointing at a field. */
export interface YamlPositions {
  document: Document;
  lineCounter: LineCounter;
}

/** A YAML text, read. */
export interface ReadYaml {
  /** The values, as the build reads them; undefined when the text cannot be read. */
  data: unknown;
  /** Empty when the text can be read. */
  problems: YamlProblem[];
  /** The text's nodes with their positions, parsed when first asked for. */
  positions: () => YamlPositions;
}

/** js-yaml's own patterns for an unquoted date, and a date with a time. */
const timestampPattern =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

/**
 * Astro's schema, with one change: an unquoted date still becomes the Date js-yaml makes of it,
 * but one that keeps the text it was written as (see WrittenDate), so the date rules can refuse
 * 30 February rather than see the 2 March that Date made of it.
 */
const astrosSchema = DEFAULT_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:timestamp', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && timestampPattern.test(data),
      construct: (data: string) => {
        const date = loadWithAstrosParser(data);
        return date instanceof Date ? new WrittenDate(data, date) : data;
      },
      instanceOf: Date,
    }),
  ],
});

let loaded: typeof import('yaml') | undefined;
/**
 * The `yaml` package, loaded the first time a text has a problem: a run over content with none
 * never needs it, and loading it is a tenth of the checker's start.
 */
const yamlPackage = (): typeof import('yaml') =>
  (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

const generalFix =
  'indent with spaces, and put quotes around text that contains ": " or " #", or starts with a symbol such as @, *, ! or `.';

/** A node of the concrete syntax tree, as far as finding unclosed quotes and brackets needs. */
interface SourceToken {
  type?: string;
  offset?: number;
  source?: string;
  start?: unknown;
  end?: unknown;
}

function isToken(value: unknown): value is SourceToken {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** True when a quoted scalar's source has no closing quote of its own kind. */
function isUnclosedQuote(token: SourceToken): boolean {
  const source = token.source ?? '';
  const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
  if (source.length < 2 || !source.endsWith(quote)) return true;
  // A double quote preceded by an odd number of backslashes is escaped, not closing.
  return quote === '"' && /(?<!\\)(?:\\\\)*\\"$/.test(source);
}

/** True when a flow collection (`[a, b]`, `{a: b}`) has no closing bracket. */
function isUnclosedFlow(token: SourceToken): boolean {
  const end = Array.isArray(token.end) ? token.end : [];
  return !end.some((part) => isToken(part) && (part.source === ']' || part.source === '}'));
}

/**
 * Where an unclosed quote or bracket that is still open at `offset` was opened, with the
 * character that opened it: the parser reports the error where the text runs out.
 */
function openedBefore(
  text: string,
  offset: number,
): { offset: number; opener: string } | undefined {
  let found: { offset: number; opener: string } | undefined;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isToken(value) && typeof value.offset === 'number' && value.offset <= offset) {
      const quoted = value.type === 'double-quoted-scalar' || value.type === 'single-quoted-scalar';
      if (
        (quoted && isUnclosedQuote(value)) ||
        (value.type === 'flow-collection' && isUnclosedFlow(value))
      ) {
        // The outermost opener wins: inside an unclosed [ a quote may look unclosed too.
        found ??= {
          offset: value.offset,
          opener: quoted
            ? (value.source ?? '"').charAt(0)
            : isToken(value.start)
              ? (value.start.source ?? '[')
              : '[',
        };
      }
    }
    for (const child of Object.values(value)) visit(child);
  };
  for (const token of new (yamlPackage().Parser)().parse(text)) visit(token);
  return found;
}

/** The dotted path of the innermost field whose key or value spans `offset`, if any. */
function pathAt(document: Document, offset: number): string | undefined {
  const { isMap, isNode, isPair, isScalar, isSeq } = yamlPackage();
  let path: (string | number)[] | undefined;
  const visit = (node: unknown, at: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        const end =
          (isNode(pair.value) ? pair.value.range?.[2] : undefined) ??
          (isScalar(pair.key) ? pair.key.range?.[2] : undefined);
        if (key === undefined || start === undefined || end === undefined) continue;
        if (offset >= start && offset <= end) {
          path = [...at, key];
          visit(pair.value, path);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = isNode(item) ? item.range : undefined;
        if (range && offset >= range[0] && offset <= range[2]) {
          path = [...at, index];
          visit(item, path);
        }
      });
    }
  };
  visit(document.contents, []);
  return path?.join('.');
}

/** The field name written at the start of a line, as in `  title: …` or `- name: …`. */
function keyOnLine(line: string): string | undefined {
  return /^\s*(?:-\s+)*([^\s:#'"[\]{},][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
}

/**
 * The line (1-based, in `text`) of the first `name:` at the same indentation as the duplicate at
 * `offset`, looking back only within the same group (a line indented less ends the search).
 */
function firstKeyLine(
  text: string,
  offset: number,
  name: string,
  lineStart: (offset: number) => number,
): number | undefined {
  const lines = text.slice(0, lineStart(offset)).split('\n');
  const indent = keyColumn(text.slice(lineStart(offset)).split('\n')[0] ?? '');
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    const at = keyColumn(line);
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (at === indent && keyOnLine(line) === name) return index + 1;
    if (at < indent) return undefined;
  }
  return undefined;
}

/** The column at which a line's field name (or value) starts, after any "- " list markers. */
function keyColumn(line: string): number {
  return /^\s*(?:-\s+)*/.exec(line)?.[0].length ?? 0;
}

/**
 * The field to name for an error at `offset` on a line that starts with `key`: the document's
 * path there, cut back to that key, since a broken line can make the parser see fields that are
 * not there ("title: Foo: bar" reads as a field Foo inside title).
 */
function fieldAt(document: Document, offset: number, key: string | undefined): string | undefined {
  const path = (pathAt(document, offset)?.split('.') ?? []).filter((segment) => segment !== '');
  if (key === undefined || key === '') return path.length > 0 ? path.join('.') : undefined;
  const at = path.lastIndexOf(key);
  return at === -1 ? key : path.slice(0, at + 1).join('.');
}

interface Located {
  offset: number;
  what: string;
  fix: string;
  /** Set when the error names its field better than its position does. */
  field?: string;
}

/** The message, and where to point, for one error of the `yaml` package. */
function explain(
  error: YAMLError,
  text: string,
  lineStart: (offset: number) => number,
  lineOffset: number,
): Located {
  const offset = error.pos[0];
  const lineText = text.slice(
    lineStart(offset),
    !text.includes('\n', offset) ? undefined : text.indexOf('\n', offset),
  );
  const key = keyOnLine(lineText);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        offset,
        what: 'A tab is used to indent this line; YAML allows only spaces.',
        fix: 'replace the tab with spaces (two for each level), as on the lines around it.',
      };
    case 'MISSING_CHAR':
    case 'BAD_INDENT': {
      const opened = openedBefore(text, offset);
      if (opened && (opened.opener === '"' || opened.opener === "'")) {
        return {
          offset: opened.offset,
          what: `The quote ${opened.opener} that opens this value is never closed.`,
          fix: `end the value with ${opened.opener}, or remove the opening ${opened.opener}.`,
        };
      }
      if (opened) {
        const closer = opened.opener === '{' ? '}' : ']';
        return {
          offset: opened.offset,
          what: `The list ${opened.opener} that opens here is never closed with ${closer}.`,
          fix: `end it with ${closer} on the same line, or write one item per line starting with "- ".`,
        };
      }
      if (error.code === 'MISSING_CHAR')
        return {
          offset,
          what: `The YAML cannot be read: ${error.message.split('\n')[0] ?? ''}.`,
          fix: generalFix,
        };
      return {
        offset,
        what: 'This line is not indented as YAML expects.',
        fix: 'line it up with the fields of its group, using spaces.',
      };
    }
    case 'DUPLICATE_KEY': {
      const name = key ?? 'This field';
      const first = firstKeyLine(text, offset, name, lineStart);
      return {
        offset: lineStart(offset) + keyColumn(lineText),
        what: `"${name}" is written twice${first !== undefined ? ` (first on line ${first + lineOffset})` : ''}.`,
        fix: 'keep one of them.',
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const valueStart = key === undefined ? -1 : lineText.indexOf(':') + 1;
      const value = valueStart > 0 ? lineText.slice(valueStart).trim() : '';
      if (key !== undefined && / :|: |:$/.test(value)) {
        return {
          offset,
          what: `The value of ${key} contains ": ", which YAML reads as the start of another field.`,
          fix: `put the whole value in quotes: ${key}: "${value.replace(/"/g, '\\"')}".`,
        };
      }
      const next = text.indexOf('\n', offset);
      const nextLine = next === -1 ? '' : (text.slice(next + 1).split('\n')[0] ?? '');
      return {
        offset: next === -1 ? offset : next + 1 + keyColumn(nextLine),
        what: 'This line is indented further than the field above it.',
        fix: 'line it up with the fields of its group, using the same number of spaces.',
      };
    }
    case 'BAD_SCALAR_START': {
      const symbol = text.charAt(offset);
      if (symbol === '@' && key === 'handle')
        return {
          offset,
          what: 'The handle starts with @.',
          fix: 'drop the @: write the handle alone, for example handle: studio-nimbe; the site adds the @.',
        };
      return {
        offset,
        what: `A value cannot start with ${symbol} unless it is in quotes.`,
        fix: `put the whole value in quotes${key ? `: ${key}: "${lineText.slice(lineText.indexOf(':') + 1).trim()}"` : ''}.`,
      };
    }
    case 'UNEXPECTED_TOKEN':
      return {
        offset,
        what: 'Something follows the value that YAML cannot read, such as text after a closing quote.',
        fix: 'put the whole value in quotes, or remove what follows it.',
      };
    default:
      return {
        offset,
        what: `The YAML cannot be read: ${error.message.split('\n')[0] ?? ''}.`,
        fix: generalFix,
      };
  }
}

/**
 * Words and a position for an error only js-yaml finds. Its mark is often past the mistake (at
 * the end of the line or file), so the mistake itself is looked for first.
 */
function explainAstrosParser(
  reason: string,
  text: string,
  markOffset: number,
): { offset: number; what: string; fix: string } {
  const loneReturn = /\r(?!\n)/.exec(text);
  if (loneReturn)
    return {
      offset: loneReturn.index,
      what: 'A lone carriage return (CR) breaks this line where no line break is meant.',
      fix: 'remove the stray character, or save the file with LF or CRLF line endings.',
    };
  const alias = /unidentified alias "([^"]*)"/.exec(reason)?.[1];
  const tag = /unknown tag !<!?([^>]*)>/.exec(reason)?.[1];
  const symbol = alias !== undefined ? `*${alias}` : tag !== undefined ? `!${tag}` : undefined;
  if (symbol !== undefined) {
    const at = text.indexOf(symbol);
    return {
      offset: at === -1 ? markOffset : at,
      what: `A value cannot start with ${symbol.charAt(0)} unless it is in quotes.`,
      fix: `put the whole value in quotes, for example "${symbol}".`,
    };
  }
  return { offset: markOffset, what: `The YAML cannot be read: ${reason}.`, fix: generalFix };
}

/** The `yaml` package's reading of a text: slower than js-yaml, but with every node's position. */
function positionsOf(text: string): YamlPositions {
  const { LineCounter: Counter, parseDocument } = yamlPackage();
  const lineCounter = new Counter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter };
}

/**
 * Parses YAML that starts `lineOffset` lines into its file, and reports each syntax error once,
 * in order, at the line and column where it begins.
 *
 * js-yaml decides what can be read, since the build reads with it, and gives the values. Only
 * when something is wrong, in the syntax or later in a field, is the text parsed again with the
 * `yaml` package, whose positions and error codes say where and what: most files are fine, and
 * the second parse would be two thirds of the checker's time.
 */
export function readYaml(text: string, lineOffset: number): ReadYaml {
  let positions: YamlPositions | undefined;
  const located = () => (positions ??= positionsOf(text));
  try {
    return {
      data: loadWithAstrosParser(text, { schema: astrosSchema }),
      problems: [],
      positions: located,
    };
  } catch (astrosError) {
    const { document, lineCounter } = located();
    const problems: YamlProblem[] = [];
    const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
    const seenLines = new Set<number>();
    const push = (offset: number, what: string, fix: string, field?: string) => {
      const position = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
      const line = position.line + lineOffset;
      // One error often sets off another on the same line; the first says what to fix.
      if (seenLines.has(line)) return;
      seenLines.add(line);
      const key = keyOnLine(text.slice(lineStart(offset)).split('\n')[0] ?? '');
      problems.push({
        line,
        column: position.col,
        field: field ?? fieldAt(document, offset, key) ?? '(yaml)',
        message: say(what, fix),
      });
    };
    for (const error of document.errors) {
      const explained = explain(error, text, lineStart, lineOffset);
      push(explained.offset, explained.what, explained.fix, explained.field);
    }
    if (problems.length === 0) {
      const reason =
        astrosError instanceof YAMLException ? astrosError.reason : String(astrosError);
      const markOffset = astrosError instanceof YAMLException ? astrosError.mark.position : 0;
      const { offset, what, fix } = explainAstrosParser(reason, text, markOffset);
      push(offset, what, fix);
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { data: undefined, problems, positions: located };
  }
}
