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
  /** What is wrong and how to fix it. */
  message: string;
}

/** One line per problem: `path:line:col  field  message`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${where}  ${problem.field || '(file)'}  ${problem.message}`;
}

/** Every problem, one per line, under a heading that counts them. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  return [`${count}:`, ...problems.map(formatProblem)].join('\n');
}
