/**
 * "More like this" in the creator search: for a creator's id, the others most like it, ranked
 * and explained by the same module as the profiles' similar creators (similar.ts), over the
 * index rows. The ranking's inverted index is built the first time a view asks for it, so a
 * search that never does pays nothing.
 */
import { latinName } from '#lib/names.ts';
import { field, type CreatorRow, type SearchIndex } from './index-format.ts';
import { rowValues, similarityIndex, type Shared } from './similar.ts';

export interface LikeView {
  /** The creator the view is about. */
  row: CreatorRow;
  /** Positions of the creators most like it, best first: every one that counts as similar. */
  order: number[];
  /** What each of them shares with it, by position. */
  shared: Map<number, Shared<number>>;
}

/**
 * Finds the creators like one, by id; undefined for an id the index does not hold. `byName` is
 * the rows' order by name where the caller has it (the engine's), which spares sorting again.
 */
export function likeFinder(
  index: SearchIndex,
  byName?: () => ArrayLike<number>,
): (id: string) => LikeView | undefined {
  let positions: Map<string, number> | undefined;
  let ranking: ReturnType<typeof similarityIndex<number>> | undefined;
  const rowAt = (position: number) => index.creators[position] as CreatorRow;
  return (id) => {
    positions ??= new Map(index.creators.map((row, position) => [row[field.id], position]));
    const position = positions.get(id);
    if (position === undefined) return undefined;
    ranking ??= similarityIndex(
      index.creators.length,
      rowValues(index),
      (at) => latinName(rowAt(at)[field.name], rowAt(at)[field.aliases]),
      (at) => rowAt(at)[field.id],
      // Codes are whole numbers and there are fewer than 16 kinds: one number per kind and code.
      { keyOf: (kind, code) => code * 16 + kind, ...(byName ? { byName: byName() } : {}) },
    );
    const similar = ranking(position, Infinity);
    return {
      row: rowAt(position),
      order: similar.map((entry) => entry.position),
      shared: new Map(similar.map((entry) => [entry.position, entry.shared])),
    };
  };
}
