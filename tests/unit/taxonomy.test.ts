import { describe, expect, it } from 'vitest';
import {
  countries,
  labelOf,
  languages,
  regionOfCountry,
  regions,
  taxonomy,
} from '#lib/taxonomy.ts';

describe('taxonomy', () => {
  it.each(Object.entries(taxonomy))(
    'has unique ids and non-empty labels in %s',
    (_name, values) => {
      const ids = values.map((value) => value.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const value of values) expect(value.label.trim()).not.toBe('');
    },
  );

  it('puts every country in a known region', () => {
    const regionIds = new Set<string>(regions.map((region) => region.id));
    for (const country of countries) expect(regionIds.has(country.region), country.id).toBe(true);
  });

  it('uses canonical BCP 47 language tags', () => {
    for (const language of languages)
      expect(Intl.getCanonicalLocales(language.id)[0]).toBe(language.id);
  });

  it('uses ISO 3166 alpha-2 country codes that have English names', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const country of countries) expect(names.of(country.id), country.id).not.toBe(country.id);
  });

  it('marks Arabic, Persian and Urdu as right-to-left, and Egyptian Sign Language, whose own name is written in Arabic', () => {
    expect(
      languages.filter((language) => language.dir === 'rtl').map((language) => language.id),
    ).toEqual(['ar', 'fa', 'ur', 'esl']);
  });

  it('looks up labels and regions', () => {
    expect(labelOf('regions', 'middle-east-north-africa')).toBe('Middle East & North Africa');
    expect(regionOfCountry('PH')).toBe('east-southeast-asia');
  });
});
