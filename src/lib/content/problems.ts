/** Between what is wrong and how to fix it, inside one message. */
export const fixSeparator = ' Fix: ';

/**
 * A message in two parts: what is wrong, and how to fix it. Written as one string so that a
 * schema's message reads as one sentence in Astro's output, and split again by `splitMessage`.
 */
export function say(what: string, fix: string): string {
  return `${what}${fixSeparator}${fix}`;
}

/** Splits a message written as "what is wrong. Fix: how to fix it." into its two parts. */
export function splitMessage(message: string): { message: string; fix: string } {
  const at = message.indexOf(fixSeparator);
  if (at === -1) return { message, fix: '' };
  const fix = message.slice(at + fixSeparator.length);
  return { message: message.slice(0, at), fix: fix.charAt(0).toUpperCase() + fix.slice(1) };
}

/** A mistake in content, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path from the project root, for example content/stories/x/index.mdx. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The field path, for example creators.1 or results.0.source. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** One line per problem: `path:line:col  field  what is wrong  how to fix`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  return [where, problem.field || '(file)', problem.message, problem.fix]
    .filter(Boolean)
    .join('  ');
}

/** Every problem, one per line, under a heading that counts them. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  return [`${count}:`, ...problems.map(formatProblem)].join('\n');
}
