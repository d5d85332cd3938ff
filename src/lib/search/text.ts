/**
 * Text matching both searches share: when a query says enough to search on, and how forgiving
 * Fuse is. Each search adds its own keys and weights.
 */

/** Whether a query says enough to search on: one Latin letter does not; one CJK character can be a whole name. */
export function searchable(text: string): boolean {
  // Anything outside Latin: the range starts at U+0000, which the lint rule reads as a control character.
  // eslint-disable-next-line no-control-regex
  return text.length > 1 || /[^\u0000-\u024f]/u.test(text);
}

/** Fuse options both searches use: typos forgiven anywhere in a field, scores and matched ranges kept. */
export const fuzzy = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
} as const;
