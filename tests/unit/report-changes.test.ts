import { describe, expect, it } from 'vitest';
import {
  diffTaxonomy,
  readFrontMatter,
  renderReport,
  type ContentChanges,
} from '../../scripts/report-changes.ts';

const nothing: ContentChanges = {
  base: 'origin/main',
  stories: { added: [], changed: [], removed: [] },
  creators: { added: [], changed: [], removed: [] },
  brands: { added: [], changed: [], removed: [] },
  taxonomy: { changed: false, added: [] },
};

const lines = (changes: ContentChanges) => renderReport(changes).split('\n');

describe('renderReport', () => {
  it('says so in one line when nothing changed', () => {
    expect(renderReport(nothing)).toBe(
      '## Content changes\n\nNothing changed under content/ or in src/lib/taxonomy.ts, compared with `origin/main`.\n',
    );
  });

  it('lists a new story, a new creator and a new taxonomy value', () => {
    const changes: ContentChanges = {
      ...nothing,
      stories: {
        added: [
          {
            slug: 'bakery-and-baker',
            title: 'A bakery and a baker',
            brand: 'crumb-co',
            creators: ['amina-bakes', 'kyne'],
            illustrative: true,
          },
        ],
        changed: [],
        removed: [],
      },
      creators: {
        added: [{ handle: 'amina-bakes', name: 'Amina Bakes', country: 'KE', illustrative: true }],
        changed: [],
        removed: [],
      },
      taxonomy: { changed: true, added: [{ vocabulary: 'niches', id: 'baking', label: 'Baking' }] },
    };

    expect(lines(changes)).toEqual([
      '## Content changes',
      '',
      '1 new story, 1 new creator and 1 new taxonomy value, compared with `origin/main`.',
      '',
      '### New stories',
      '',
      '- **A bakery and a baker** (`bakery-and-baker`): brand `crumb-co`; creators `amina-bakes`, `kyne`; illustrative',
      '',
      '### New creators',
      '',
      '- Amina Bakes (`@amina-bakes`): Kenya (KE); illustrative',
      '',
      '### New taxonomy values',
      '',
      '- niches: `baking` (Baking)',
      '',
    ]);
  });

  it('lists changed and removed items briefly, and new brands with whether they are real', () => {
    const changes: ContentChanges = {
      ...nothing,
      stories: {
        added: [
          {
            slug: 'clinique-real-skin',
            title: 'Clinique puts real skin on screen',
            brand: 'clinique',
            creators: [],
            illustrative: false,
          },
        ],
        changed: [{ slug: 'ritmo-warm-up', title: 'Ritmo warms up', renamedFrom: 'ritmo-old' }],
        removed: [{ slug: 'old-story', title: 'An old story' }],
      },
      brands: {
        added: [{ slug: 'crumb-co', name: 'Crumb & Co', illustrative: true }],
        changed: [],
        removed: [{ slug: 'dune-skin', name: 'Dune Skincare' }],
      },
    };

    expect(lines(changes)).toEqual([
      '## Content changes',
      '',
      '1 new story, 1 changed story, 1 removed story, 1 new brand and 1 removed brand, compared with `origin/main`.',
      '',
      '### New stories',
      '',
      '- **Clinique puts real skin on screen** (`clinique-real-skin`): brand `clinique`; no creators; real partnership',
      '',
      '### Changed stories',
      '',
      '- **Ritmo warms up** (`ritmo-warm-up`, renamed from `ritmo-old`)',
      '',
      '### Removed stories',
      '',
      '- **An old story** (`old-story`)',
      '',
      '### New brands',
      '',
      '- Crumb & Co (`crumb-co`): illustrative',
      '',
      '### Removed brands',
      '',
      '- Dune Skincare (`dune-skin`)',
      '',
    ]);
  });

  it('escapes Markdown in titles, so a title cannot add links or HTML to the summary', () => {
    const changes: ContentChanges = {
      ...nothing,
      stories: {
        added: [
          {
            slug: 's',
            title: 'Bold *claims* <img src=x> [link](y)',
            brand: 'b',
            creators: ['c'],
            illustrative: true,
          },
        ],
        changed: [],
        removed: [],
      },
    };
    expect(lines(changes)).toContain(
      '- **Bold \\*claims\\* \\<img src=x\\> \\[link\\](y)** (`s`): brand `b`; creator `c`; illustrative',
    );
  });
});

describe('helpers the report is built from', () => {
  it('finds new taxonomy values within each vocabulary', () => {
    const before = "export const niches = [\n  { id: 'food', label: 'Food' },\n] as const;\n";
    const after =
      "export const niches = [\n  { id: 'food', label: 'Food' },\n  { id: 'baking', label: 'Baking' },\n] as const;\nexport const themes = [\n  { id: 'food', label: 'Food' },\n];\n";
    expect(diffTaxonomy(before, after)).toEqual({
      added: [
        { vocabulary: 'niches', id: 'baking', label: 'Baking' },
        { vocabulary: 'themes', id: 'food', label: 'Food' },
      ],
      removed: [],
    });
  });

  it('reads front matter, and gives {} for a file without any', () => {
    expect(
      readFrontMatter('---\ntitle: Hello\nillustrative: true\n---\n\n## The challenge\n'),
    ).toEqual({ title: 'Hello', illustrative: true });
    expect(readFrontMatter('## No front matter\n')).toEqual({});
  });
});
