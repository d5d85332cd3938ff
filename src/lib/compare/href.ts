/**
 * Links to the compare page. A module of its own, with no imports, because the creator search
 * links to the page too: what it adds to the search's bundle is this function only.
 */

/**
 * The address of the compare page for some ids, under a locale's creator directory
 * ("/ar/creators/"). All of them: past the first six, the page says how many it left out.
 */
export function compareHref(base: string, ids: readonly string[]): string {
  return `${base}compare/?c=${ids.join(',')}`;
}
