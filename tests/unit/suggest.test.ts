import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '#lib/content/suggest.ts';

describe('suggestions', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('dnace', 'dance')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a close value and nothing for a distant one', () => {
    expect(closest('rolettes', ['the-rollettes', 'rollettes', 'kyne'])).toBe('rollettes');
    expect(closest('zzzz', ['dance', 'food'])).toBeUndefined();
    expect(didYouMean('Finance', ['finance'])).toBe(' Did you mean "finance"?');
  });
});
