import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentChanges } from '../../scripts/lib/report-changes/changes.ts';
import { frontMatterOf } from '../../scripts/lib/report-changes/content-info.ts';
import { gatherChanges } from '../../scripts/lib/report-changes/gather.ts';
import { ReportError } from '../../scripts/lib/report-changes/git-diff.ts';
import { renderReport } from '../../scripts/lib/report-changes/render.ts';
import { compareTaxonomies } from '../../scripts/lib/report-changes/taxonomy-diff.ts';

const nothing: ContentChanges = {
  base: 'origin/main',
  stories: { added: [], changed: [], removed: [] },
  creators: { added: [], changed: [], removed: [] },
  brands: { added: [], changed: [], removed: [] },
  taxonomy: { fileChanged: false, added: [] },
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
        added: [
          {
            id: 'amina-bakes',
            handle: 'amina.bakes',
            name: 'Amina Bakes',
            country: 'KE',
            illustrative: true,
          },
        ],
        changed: [],
        removed: [],
      },
      taxonomy: {
        fileChanged: true,
        added: [{ vocabulary: 'niches', id: 'baking', label: 'Baking' }],
      },
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
      '- Amina Bakes (`amina-bakes`, handle `@amina.bakes`): Kenya (KE); illustrative',
      '',
      '### New taxonomy values',
      '',
      '- niches: `baking` (Baking)',
      '',
    ]);
  });

  it('names a creator by id, and by handle only when the file gives one', () => {
    const changes: ContentChanges = {
      ...nothing,
      creators: {
        added: [],
        changed: [
          { id: 'kyne', name: 'Kyne' },
          {
            id: 'the-rollettes',
            handle: 'the-rollettes',
            name: 'The Rollettes',
            renamedFrom: 'rollettes',
          },
        ],
        removed: [],
      },
    };
    expect(lines(changes)).toEqual([
      '## Content changes',
      '',
      '2 changed creators, compared with `origin/main`.',
      '',
      '### Changed creators',
      '',
      '- Kyne (`kyne`)',
      '- The Rollettes (`the-rollettes`, renamed from `rollettes`, handle `@the-rollettes`)',
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

  it('says when the taxonomy changed but no value did', () => {
    expect(lines({ ...nothing, taxonomy: { fileChanged: true, added: [] } })[2]).toBe(
      'Edits to src/lib/taxonomy.ts that change no values, compared with `origin/main`.',
    );
  });
});

/** Values as a hand-written taxonomy.ts had them: one value a line. */
const singleLine = `export interface TaxonomyValue { readonly id: string; readonly label: string }
export const niches = [
  { id: 'food', label: 'Food' },
  { id: 'drag', label: 'Drag performance' },
] as const satisfies readonly TaxonomyValue[];
export const regions = [{ id: 'oceania', label: 'Oceania', blurb: 'Australia and the Pacific.' }] as const;
export const taxonomy = { regions, niches } as const;
`;

/** The same file after Prettier, with a value added, one removed, one relabelled, one moved. */
const multiLine = `export interface TaxonomyValue {
  readonly id: string;
  readonly label: string;
}
export const niches = [
  { id: 'food', label: 'Food & cooking' },
  {
    id: 'baking',
    label: 'Baking & pastry',
  },
] as const satisfies readonly TaxonomyValue[];
export const regions = [
  {
    id: 'oceania',
    label: 'Oceania',
    blurb: 'Creators from Australia, New Zealand and the Pacific.',
  },
] as const;
export const taxonomy = {
  regions,
  niches,
} as const;
`;

describe('compareTaxonomies', () => {
  it('reports values with their labels when each revision lays the file out differently', async () => {
    const forward = await compareTaxonomies(
      { source: singleLine, name: 'the base' },
      { source: multiLine, name: 'HEAD' },
    );
    expect(forward).toEqual({
      fileChanged: true,
      added: [{ vocabulary: 'niches', id: 'baking', label: 'Baking & pastry' }],
      changed: [
        { vocabulary: 'regions', id: 'oceania', label: 'Oceania', fields: ['blurb'] },
        {
          vocabulary: 'niches',
          id: 'food',
          label: 'Food & cooking',
          previousLabel: 'Food',
          fields: [],
        },
      ],
      removed: [{ vocabulary: 'niches', id: 'drag', label: 'Drag performance' }],
    });
    expect(renderReport({ ...nothing, taxonomy: forward })).toContain(
      [
        '### New taxonomy values',
        '',
        '- niches: `baking` (Baking & pastry)',
        '',
        '### Changed taxonomy values',
        '',
        '- regions: `oceania` (Oceania; blurb changed)',
        '- niches: `food` (Food → Food & cooking)',
        '',
        '### Removed taxonomy values',
        '',
        '- niches: `drag` (Drag performance)',
      ].join('\n'),
    );

    const back = await compareTaxonomies(
      { source: multiLine, name: 'the base' },
      { source: singleLine, name: 'HEAD' },
    );
    expect(back.added).toEqual([{ vocabulary: 'niches', id: 'drag', label: 'Drag performance' }]);
    expect(back.removed).toEqual([
      { vocabulary: 'niches', id: 'baking', label: 'Baking & pastry' },
    ]);
  });

  it('compares nothing, and says why, when the base has no taxonomy file', async () => {
    const changes = await compareTaxonomies(
      { source: undefined, name: 'the merge base with main (1a2b3c4)' },
      { source: multiLine, name: 'HEAD' },
    );
    expect(changes).toEqual({
      fileChanged: true,
      added: [],
      notCompared:
        'The merge base with main (1a2b3c4) has no src/lib/taxonomy.ts. Its values were not compared: read the diff of src/lib/taxonomy.ts instead.',
    });
    expect(lines({ ...nothing, taxonomy: changes })).toEqual([
      '## Content changes',
      '',
      'Edits to src/lib/taxonomy.ts whose values could not be compared, compared with `origin/main`.',
      '',
      '### Taxonomy values not compared',
      '',
      'The merge base with main (1a2b3c4) has no src/lib/taxonomy.ts. Its values were not compared: read the diff of src/lib/taxonomy.ts instead.',
      '',
    ]);
  });

  it('compares nothing, and says why, when a revision’s file does not load', async () => {
    const changes = await compareTaxonomies(
      {
        source: "import { x } from './elsewhere.ts';\nexport const niches = [x];\n",
        name: 'the base',
      },
      { source: multiLine, name: 'HEAD' },
    );
    expect(changes.added).toEqual([]);
    // The runner's own wording varies (Node, Vite); the file is named by its path in the repository.
    expect(changes.notCompared).toMatch(
      /^The base has a src\/lib\/taxonomy\.ts that did not load \(.*'.*elsewhere\.ts'.*\); the report loads it on its own/,
    );
    expect(changes.notCompared).not.toContain(tmpdir());
  });
});

describe('gatherChanges', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The machine's own git settings (a signing key, a hook path) stay out of the test.
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    }).toString();
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
  };
  const commit = (message: string) => {
    git('add', '--all');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message);
  };
  // Each story has its own body: two look-alike files would be taken by git for one renamed.
  const story = (title: string, body: string) =>
    `---\ntitle: ${title}\nbrand: crumb-co\ncreators: [amina-bakes]\nillustrative: true\n---\n\n${body}\n`;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'casebook-report-'));
    git('init', '-q', '-b', 'main');
    write({
      'content/stories/old-story.mdx': story(
        'An old story',
        'Flour, water and a long wait for the first loaf.',
      ),
      'content/stories/kept-story/index.mdx': story(
        'A kept story',
        'A market stall, three ovens and a queue at dawn.',
      ),
      'content/creators/amina-bakes.yaml': 'name: Amina Bakes\nhandle: amina.bakes\ncountry: KE\n',
      'src/lib/taxonomy.ts': singleLine,
    });
    commit('base');
    git('checkout', '-q', '-b', 'feature');
    rmSync(join(repo, 'content/stories/old-story.mdx'));
    write({
      // Saved with a byte-order mark, as editors on Windows do: the title is still read.
      'content/stories/new-story/index.mdx':
        '\uFEFF' + story('A new story', 'Nine videos about sourdough, filmed in one kitchen.'),
      'content/stories/kept-story/index.mdx': story(
        'A kept story, retitled',
        'A market stall, three ovens and a queue at dawn.',
      ),
      'content/creators/kofi-cooks.yaml':
        'name: Kofi Cooks\nhandle: kofi.cooks\ncountry: GH\nillustrative: false\n',
      'content/creators/no-handle-yet.yaml': 'name: Nobody Yet\ncountry: KE\nillustrative: true\n',
      'src/lib/taxonomy.ts': multiLine,
    });
    commit('feature');
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('reports a story added, changed and removed, creators with and without a handle, and taxonomy values', async () => {
    expect(renderReport(await gatherChanges('main', repo))).toBe(
      [
        '## Content changes',
        '',
        '1 new story, 1 changed story, 1 removed story, 2 new creators, 1 new taxonomy value, 2 changed taxonomy values and 1 removed taxonomy value, compared with `main`.',
        '',
        '### New stories',
        '',
        '- **A new story** (`new-story`): brand `crumb-co`; creator `amina-bakes`; illustrative',
        '',
        '### Changed stories',
        '',
        '- **A kept story, retitled** (`kept-story`)',
        '',
        '### Removed stories',
        '',
        '- **An old story** (`old-story`)',
        '',
        '### New creators',
        '',
        '- Kofi Cooks (`kofi-cooks`, handle `@kofi.cooks`): Ghana (GH); real',
        '- Nobody Yet (`no-handle-yet`): Kenya (KE); illustrative',
        '',
        '### New taxonomy values',
        '',
        '- niches: `baking` (Baking & pastry)',
        '',
        '### Changed taxonomy values',
        '',
        '- regions: `oceania` (Oceania; blurb changed)',
        '- niches: `food` (Food → Food & cooking)',
        '',
        '### Removed taxonomy values',
        '',
        '- niches: `drag` (Drag performance)',
        '',
      ].join('\n'),
    );
  });

  it('refuses a base git does not know, saying how to fix it', async () => {
    await expect(gatherChanges('no-such-branch', repo)).rejects.toThrow(ReportError);
    await expect(gatherChanges('no-such-branch', repo)).rejects.toThrow(/git fetch origin main/);
  });
});

describe('frontMatterOf', () => {
  it('reads front matter as the checker splits it, and gives {} for a file without any', () => {
    expect(
      frontMatterOf('---\ntitle: Hello\nillustrative: true\n---\n\n## The challenge\n'),
    ).toEqual({ title: 'Hello', illustrative: true });
    expect(frontMatterOf('\r\n---\r\ntitle: Hello\r\n---\r\n')).toEqual({ title: 'Hello' });
    expect(frontMatterOf('## No front matter\n')).toEqual({});
    expect(frontMatterOf('---\ntitle: "unclosed\n---\n')).toEqual({});
  });
});
