/**
 * What a story body may contain. Stories are Markdown with a few layout components; nothing in
 * them may run code. The checker and the build both apply these rules.
 */
import { mdxToMdast } from 'satteri';
import { say } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { bodySchemes, checkLink } from './url-rules.ts';

/** Components a story may use without importing them; the story layout provides them. */
export const allowedComponents = ['Callout', 'PullQuote'] as const;
export type AllowedComponent = (typeof allowedComponents)[number];

/** Plain HTML elements that only mark up text. Everything else is written in Markdown. */
export const allowedElements = [
  'abbr',
  'br',
  'cite',
  'kbd',
  'mark',
  'q',
  'small',
  'sub',
  'sup',
  'time',
] as const;

/**
 * The values of `dir`, which sets the direction of a passage of text: a translation marks English
 * words inside Arabic with `<q lang="en" dir="ltr">`, for example.
 */
export const textDirections = ['ltr', 'rtl', 'auto'] as const;

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  column: number;
  /** A `say()` message. */
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const componentList = allowedComponents.join(', ');

/** Attributes whose value a browser follows or loads as an address. */
const addressAttributes = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'poster',
  'srcset',
  'xlink:href',
]);

/** The problem with a link written in a body, if any: pages, e-mail, this site's own paths. */
function linkProblem(url: string): string | undefined {
  return checkLink(url, { schemes: bodySchemes, allowSiteLinks: true, noun: 'The link' });
}

/**
 * The problem with an image address in a body. An image beside the story (`./chart.png`) is what
 * stories use; only addresses that run code or carry hidden data are refused here.
 */
function imageProblem(url: string): string | undefined {
  if (/^\.{0,2}\//.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  return checkLink(url, { schemes: ['https:'], noun: 'The image address' });
}

/**
 * The problem with a `lang` value, if any: a BCP 47 tag whose language is two or three letters
 * (en, ar, ja, en-GB, zh-Hant), which is what browsers, screen readers and fonts act on.
 */
function languageProblem(value: unknown, element: string): string | undefined {
  const fix =
    'write a language tag such as lang="en" (English), lang="ar" (Arabic) or lang="ja" (Japanese).';
  const valid = (tag: string) => {
    try {
      return /^[a-z]{2,3}(?:-|$)/i.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  };
  if (typeof value !== 'string') return say(`lang on <${element}> has no value.`, fix);
  if (valid(value)) return undefined;
  if (value.trim() === '') return say(`lang on <${element}> is empty.`, fix);
  const corrected = value.trim().replace(/_/g, '-');
  if (corrected !== value && valid(corrected))
    return say(
      `lang="${value}" on <${element}> is not a language tag.`,
      `write lang="${corrected}".`,
    );
  return say(`lang="${value}" on <${element}> is not a language tag.`, fix);
}

/** The problem with a `dir` value, if any. */
function directionProblem(value: unknown, element: string): string | undefined {
  if (typeof value === 'string' && (textDirections as readonly string[]).includes(value))
    return undefined;
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  if ((textDirections as readonly string[]).includes(lower))
    return say(
      `dir="${String(value)}" on <${element}> is in capitals; directions are written in lowercase.`,
      `write dir="${lower}".`,
    );
  const what =
    typeof value === 'string'
      ? `dir="${value}" on <${element}> is not a direction.`
      : `dir on <${element}> has no value.`;
  return say(
    what,
    'write dir="ltr" (left to right, as English and Japanese run), dir="rtl" (right to left, as Arabic runs) or dir="auto" (the browser tells from the text).',
  );
}

function checkElement(node: Node, problems: BodyProblem[], at: { line: number; column: number }) {
  const name = node.name;
  if (!name) {
    problems.push({
      ...at,
      message: say(
        'An empty <> fragment is not allowed.',
        'remove the <> and </> around the text.',
      ),
    });
    return;
  }
  if (name.toLowerCase() === 'script') {
    problems.push({
      ...at,
      message: say(
        'A <script> element runs code, which stories may not do.',
        'remove the <script> element.',
      ),
    });
    return;
  }
  if (/^[A-Z]/.test(name)) {
    if (!(allowedComponents as readonly string[]).includes(name)) {
      problems.push({
        ...at,
        message: say(
          `<${name}> is not a component stories can use.${didYouMean(name, allowedComponents)}`,
          `use ${componentList}, or plain Markdown.`,
        ),
      });
    }
  } else if (!(allowedElements as readonly string[]).includes(name)) {
    problems.push({
      ...at,
      message: say(
        `The HTML element <${name}> is not allowed in stories.`,
        `write it in Markdown, or use ${componentList}.`,
      ),
    });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...at,
        message: say(
          `A {…} spread on <${name}> runs code.`,
          'write each attribute as name="value".',
        ),
      });
    } else if (attribute.name && /^on/i.test(attribute.name)) {
      problems.push({
        ...at,
        message: say(
          `The attribute ${attribute.name} on <${name}> runs code.`,
          `remove ${attribute.name}.`,
        ),
      });
    } else if (attribute.name === 'style') {
      problems.push({
        ...at,
        message: say(
          `Inline style on <${name}> is not allowed.`,
          'remove style; the layout styles everything.',
        ),
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({
        ...at,
        message: say(
          `The attribute ${attribute.name ?? ''} on <${name}> is a {…} expression, which runs code.`,
          `write it in quotes: ${attribute.name ?? 'name'}="value".`,
        ),
      });
    } else if (
      attribute.name &&
      addressAttributes.has(attribute.name.toLowerCase()) &&
      typeof attribute.value === 'string'
    ) {
      const problem = linkProblem(attribute.value);
      if (problem) problems.push({ ...at, message: problem });
    } else if (attribute.name === 'dir') {
      const problem = directionProblem(attribute.value, name);
      if (problem) problems.push({ ...at, message: problem });
    } else if (attribute.name === 'lang') {
      const problem = languageProblem(attribute.value, name);
      if (problem) problems.push({ ...at, message: problem });
    }
  }
}

/** The text of a body's line in the file from a 1-based column to the line's end. */
function restOfLine(body: string, bodyLine: number, line: number, column: number): string {
  return (body.split('\n')[line - bodyLine] ?? '').slice(column - 1);
}

/**
 * Every rule the body breaks, in order; a syntax error stops the check at that point. Positions
 * are lines and columns of the file: the body is parsed after `bodyLine - 1` empty lines, so the
 * parser counts from the top of the file, also inside its own messages ("… for <b> (40:3)").
 */
export function checkStoryBody(body: string, bodyLine = 1): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast('\n'.repeat(Math.max(0, bodyLine - 1)) + body) as Node;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*?)(?:\s+\([\w:-]+\))?$/s.exec(text);
    const reason = (match?.[3] ?? text)
      .replace(/\s+/g, ' ')
      .replace(/\((\d+):(\d+)\)/g, '(line $1, column $2)');
    const autolink =
      reason.includes('expected a valid JSX tag') &&
      match !== null &&
      /^<[a-z][a-z0-9+.-]*:/i.test(restOfLine(body, bodyLine, Number(match[1]), Number(match[2])));
    return [
      {
        line: match ? Number(match[1]) : bodyLine,
        column: match ? Number(match[2]) : 1,
        message: autolink
          ? say(
              'An address in <angle brackets> is read as an HTML tag in MDX, so it cannot be a link.',
              'write it as [text](https://…), or as the bare address without < and >.',
            )
          : say(
              `The MDX cannot be read: ${reason}`,
              'check for an unclosed < or {; write a literal < as &lt; and { as \\{.',
            ),
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: Node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'mdxjsEsm') {
      problems.push({
        ...at,
        message: say(
          'import and export statements are not allowed in stories.',
          `remove the line; ${componentList} work without importing.`,
        ),
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({
        ...at,
        message: say(
          'Text in {curly braces} runs as code.',
          'remove the braces, or write \\{ to show a brace.',
        ),
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node, problems, at);
    } else if (
      (node.type === 'link' || node.type === 'definition') &&
      typeof node.url === 'string'
    ) {
      const problem = linkProblem(node.url);
      if (problem) problems.push({ ...at, message: problem });
    } else if (node.type === 'image' && typeof node.url === 'string') {
      const problem = imageProblem(node.url);
      if (problem) problems.push({ ...at, message: problem });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
