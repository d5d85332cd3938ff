/**
 * What a story body may contain. Stories are Markdown with a few layout components; nothing in
 * them may run code. The checker and the build both apply these rules.
 */
import { mdxToMdast } from 'satteri';
import { say } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** Components a story may use without importing them; the story layout provides them. */
export const allowedComponents = ['Callout', 'PullQuote'] as const;
export type AllowedComponent = (typeof allowedComponents)[number];

/** Plain HTML elements that only mark up text. Everything else is written in Markdown. */
export const allowedElements = ['abbr', 'br', 'cite', 'kbd', 'mark', 'q', 'small', 'sub', 'sup', 'time'] as const;

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  column: number;
  /** A `say()` message. */
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const componentList = `${allowedComponents.join(', ')}`;

function checkElement(node: Node, problems: BodyProblem[], at: { line: number; column: number }) {
  const name = node.name;
  if (!name) {
    problems.push({ ...at, message: say('An empty <> fragment is not allowed.', 'remove the <> and </> around the text.') });
    return;
  }
  if (name.toLowerCase() === 'script') {
    problems.push({ ...at, message: say('A <script> element runs code, which stories may not do.', 'remove the <script> element.') });
    return;
  }
  if (/^[A-Z]/.test(name)) {
    if (!(allowedComponents as readonly string[]).includes(name)) {
      problems.push({ ...at, message: say(`<${name}> is not a component stories can use.${didYouMean(name, allowedComponents)}`, `use ${componentList}, or plain Markdown.`) });
    }
  } else if (!(allowedElements as readonly string[]).includes(name)) {
    problems.push({ ...at, message: say(`The HTML element <${name}> is not allowed in stories.`, `write it in Markdown, or use ${componentList}.`) });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...at, message: say(`A {…} spread on <${name}> runs code.`, 'write each attribute as name="value".') });
    } else if (attribute.name && /^on/i.test(attribute.name)) {
      problems.push({ ...at, message: say(`The attribute ${attribute.name} on <${name}> runs code.`, `remove ${attribute.name}.`) });
    } else if (attribute.name === 'style') {
      problems.push({ ...at, message: say(`Inline style on <${name}> is not allowed.`, 'remove style; the layout styles everything.') });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ ...at, message: say(`The attribute ${attribute.name ?? ''} on <${name}> is a {…} expression, which runs code.`, `write it in quotes: ${attribute.name ?? 'name'}="value".`) });
    }
  }
}

/** Every rule the body breaks, in order; a syntax error stops the check at that point. */
export function checkStoryBody(body: string): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s+\([\w:-]+\))?$/s.exec(text);
    return [
      {
        line: Number(match?.[1] ?? 1),
        column: Number(match?.[2] ?? 1),
        message: say(`The MDX cannot be read: ${(match?.[3] ?? text).replace(/\s+/g, ' ')}`, 'check for an unclosed < or {; write a literal < as &lt; and { as \\{.'),
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: Node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'mdxjsEsm') {
      problems.push({ ...at, message: say('import and export statements are not allowed in stories.', `remove the line; ${componentList} work without importing.`) });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ ...at, message: say('Text in {curly braces} runs as code.', 'remove the braces, or write \\{ to show a brace.') });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node, problems, at);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
