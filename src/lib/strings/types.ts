/**
 * The shape every locale's strings module has: the English module's shape, with every text
 * widened to `string`. A locale that lacks a key, or adds one, does not type-check; the unit
 * tests also compare the modules key by key and check each plural's categories.
 */
import type { Plural } from './format.ts';
import type { en } from './en.ts';
import type { TaxonomyLabels } from './taxonomy-labels.ts';

/** `T` with its string leaves widened and its plurals kept as plurals. */
export type Widen<T> = T extends string
  ? string
  : T extends Plural
    ? Plural
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** Every string a reader reads, for one locale. */
export type Strings = Widen<Omit<typeof en, 'taxonomy'>> & { readonly taxonomy: TaxonomyLabels };

/** The strings the creator search island shows. */
export type SearchStrings = Strings['search'];

/** The strings the story search island shows. */
export type StorySearchStrings = Strings['storySearch'];
