/**
 * The order of the creators directory's static list: region by region, in the taxonomy's order,
 * and creators whose region is not stated last. Each page of the list is a slice of this order.
 */
import type { Catalog, Creator } from '../../../../catalog';

export interface DirectoryEntry {
  /** The region the entry is listed under; undefined when the creator has not stated one. */
  region: string | undefined;
  creator: Creator;
}

export function directoryOrder(catalog: Catalog): DirectoryEntry[] {
  const byRegion =
    catalog.creatorFacetPages().find((kind) => kind.facet === 'region')?.values ?? [];
  return [
    ...byRegion.flatMap(({ id, members }) =>
      members.map((fact) => ({ region: id, creator: fact.entry })),
    ),
    ...catalog.creators
      .filter((creator) => !creator.data.region)
      .map((creator) => ({ region: undefined, creator })),
  ];
}
