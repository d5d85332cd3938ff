/**
 * The header's language links keep the search: switching language on a search page shows the
 * same query, filters and page in the other language. Called whenever the address changes.
 */
export function carryQueryToLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    const url = new URL(link.href);
    url.search = window.location.search;
    link.href = url.href;
  }
}
