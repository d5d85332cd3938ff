/**
 * The sections every story tells, in order. Stories are read for what was hard as much as for
 * what worked, so every section is required.
 */
export const requiredSections = ['The challenge', 'The approach', 'What was hard', 'Results', 'Takeaways'] as const;

/** Level-two headings of a Markdown body, with their 1-based line numbers in the body. */
export function secondLevelHeadings(body: string): { text: string; line: number }[] {
  const headings: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    const text = fenced ? undefined : /^##\s+(.+?)\s*#*\s*$/.exec(raw)?.[1];
    if (text) headings.push({ text, line: index + 1 });
  });
  return headings;
}

/** The required sections missing from a story body, in order. */
export function missingSections(body: string): string[] {
  const present = new Set(secondLevelHeadings(body).map((heading) => heading.text.toLowerCase()));
  return requiredSections.filter((section) => !present.has(section.toLowerCase()));
}
