import { describe, expect, it } from 'vitest';
import { creatorShape, type CreatorFacet } from '#lib/search/creators/facets.ts';
import type { CreatorState } from '#lib/search/creators/protocol.ts';
import { maxQueryLength, parseState, serializeState } from '#lib/search/url-state.ts';

const allowed: Record<CreatorFacet, string[]> = {
  region: ['europe', 'south-asia', 'latin-america'],
  country: ['FR', 'IN'],
  language: ['en', 'fr', 'hi'],
  niche: ['food', 'gaming'],
  community: ['lgbtq'],
  audience: ['micro', 'mega'],
  industry: ['finance'],
  brand: ['koho'],
};
const parse = (query: string): CreatorState =>
  parseState(new URLSearchParams(query), allowed, creatorShape);
const serialize = (state: CreatorState) => serializeState(state, creatorShape);

describe('search state in the URL', () => {
  it('reads text, facets, modes, exclusions, sort and page', () => {
    const state = parse(
      'q=rolettes&region=europe&region=south-asia&language=en&language=fr&language.mode=all&niche.not=gaming&sort=name&page=3',
    );
    expect(state.q).toBe('rolettes');
    expect(state.facets.region.values).toEqual(['europe', 'south-asia']);
    expect(state.facets.language).toEqual({ values: ['en', 'fr'], mode: 'all', exclude: [] });
    expect(state.facets.niche.exclude).toEqual(['gaming']);
    expect(state.sort).toBe('name');
    expect(state.page).toBe(3);
  });

  it('writes back exactly what it read, defaults left out', () => {
    const query =
      'q=rolettes&region=europe&region=south-asia&language=en&language=fr&language.mode=all&niche.not=gaming&sort=name&page=3';
    expect(serialize(parse(query)).toString()).toBe(query);
    expect(serialize(parse('')).toString()).toBe('');
  });

  it('ignores unknown parameters and values it does not know', () => {
    const state = parse('region=atlantis&region=europe&colour=red&utm_source=x&niche=<script>');
    expect(state.facets.region.values).toEqual(['europe']);
    expect(state.facets.niche.values).toEqual([]);
    expect(serialize(state).toString()).toBe('region=europe');
  });

  it('drops repeated values and caps how many are kept', () => {
    expect(parse('region=europe&region=europe&region=europe').facets.region.values).toEqual([
      'europe',
    ]);
    const many = Array.from({ length: 500 }, () => 'language=en').join('&');
    expect(parse(many).facets.language.values).toEqual(['en']);
  });

  it('cuts overlong text and strips control and direction-override characters', () => {
    expect(parse(`q=${'a'.repeat(5000)}`).q).toHaveLength(maxQueryLength);
    expect(parse('q=' + encodeURIComponent('evil\u202Etxt.exe\u0000\nname')).q).toBe(
      'evil txt.exe name',
    );
  });

  it('keeps hostile text as inert text, never as markup or a link', () => {
    const state = parse(
      'q=' + encodeURIComponent('<img src=x onerror=alert(1)>javascript:alert(1)'),
    );
    expect(state.q).toBe('<img src=x onerror=alert(1)>javascript:alert(1)');
    expect(serialize(state).get('q')).toBe(state.q);
  });

  it('falls back to defaults for a malformed sort, page or mode', () => {
    const state = parse('sort=drop+table&page=-1&region.mode=all&language.mode=some');
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.facets.region.mode).toBe('any');
    expect(state.facets.language.mode).toBe('any');
    expect(parse('page=99999999').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
  });

  it('does not let a value be both wanted and excluded', () => {
    expect(parse('region=europe&region.not=europe').facets.region).toEqual({
      values: ['europe'],
      mode: 'any',
      exclude: [],
    });
  });
});
