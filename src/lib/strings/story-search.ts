/** What the partnership search on /stories/ says (its own module, so the creator search does not carry it); shared words come from `searchText` in strings/search.ts. */
export const storySearchText = {
  heading: 'Search stories',
  label: 'Search stories by brand, creator, objective or theme',
  placeholder: 'Try “koho”, “inclusion” or “sign-ups”',
  sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
  facets: { objective: 'Objective', format: 'Format', theme: 'Theme', industry: 'Industry', region: 'Region', brand: 'Brand' },
  count: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`,
  none: 'No story matches this search. Try fewer filters or another spelling.',
  with: 'With',
  real: 'Real',
  illustrative: 'Illustrative',
} as const;
