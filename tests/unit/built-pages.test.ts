import { describe, expect, it } from 'vitest';
import { pageKind, samplePerKind } from '../../scripts/lib/built-pages.ts';

describe('kinds of built page', () => {
  it('weighs each locale’s pages and a list’s later pages as the same kind', () => {
    expect(pageKind('/stories/a-story/').name).toBe('stories/<page>');
    expect(pageKind('/ar/stories/a-story/').name).toBe('ar stories/<page>');
    expect(pageKind('/ja/creators/niche/food/page/2/').name).toBe(
      'ja creators/niche/<page> page/<n>/',
    );
    expect(pageKind('/creators/page/3/')).toMatchObject({
      name: '/creators/ page/<n>/',
      scripted: true,
    });
  });

  it('tells reading pages from the searches and the compare page', () => {
    expect(pageKind('/creators/someone/')).toMatchObject({ reading: true, scripted: false });
    expect(pageKind('/brands/a-brand/')).toMatchObject({ reading: true, scripted: false });
    expect(pageKind('/creators/compare/')).toMatchObject({ reading: false, scripted: true });
    expect(pageKind('/ar/stories/')).toMatchObject({ reading: false, scripted: true });
    expect(pageKind('/about/')).toMatchObject({ name: '/about/', reading: false, scripted: false });
    expect(pageKind('/stories/theme/humour/')).toMatchObject({
      name: 'stories/theme/<page>',
      reading: true,
    });
    expect(pageKind('/ar/stories/a-story/embed/')).toMatchObject({
      name: 'ar stories/<page>/embed/',
      reading: false,
      scripted: false,
    });
  });
});

describe('a sample of each kind', () => {
  const stories = Array.from({ length: 100 }, (_, i) => `/stories/s${String(i).padStart(3, '0')}/`);
  const paths = ['/', '/ar/', '/about/', ...stories, '/ar/stories/one/', '/creators/x/'];

  it('keeps every kind, with the first and the last page of a large one', () => {
    const sample = samplePerKind(paths, 3);
    expect(sample).toEqual(
      [
        '/',
        '/about/',
        '/ar/',
        '/ar/stories/one/',
        '/creators/x/',
        '/stories/s000/',
        '/stories/s050/',
        '/stories/s099/',
      ].sort(),
    );
  });

  it('takes the first page of each kind when one is asked for, and all of a small kind', () => {
    expect(samplePerKind(paths, 1).filter((path) => path.startsWith('/stories/'))).toEqual([
      '/stories/s000/',
    ]);
    expect(samplePerKind(['/a/', '/b/'], 5)).toEqual(['/a/', '/b/']);
  });

  it('gives the same sample whatever order the paths come in', () => {
    expect(samplePerKind([...paths].reverse(), 4)).toEqual(samplePerKind(paths, 4));
  });
});
