/** A shortlist: its heading, the names linked to their profiles (each removable when `onRemove` is given), a link comparing them, and its actions. */
import type { ReactNode } from 'react';
import { compareHref } from '#lib/compare/href.ts';
import { field, type CreatorRow } from '#lib/search/creators/index-format.ts';
import { fill } from '#lib/strings/format.ts';
import type { SearchStrings } from '#lib/strings/types.ts';

interface Props {
  id: string;
  heading: string;
  ids: readonly string[];
  rows: ReadonlyMap<string, CreatorRow>;
  text: SearchStrings;
  /** Where profiles live, for this locale ("/creators/"). */
  base: string;
  onRemove?: (id: string) => void;
  children: ReactNode;
}

export default function Shortlist({
  id,
  heading,
  ids,
  rows,
  text,
  base,
  onRemove,
  children,
}: Props) {
  return (
    <section className="shortlist" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="shortlist-items">
        {ids.map((creator) => {
          const name = rows.get(creator)?.[field.name] ?? creator;
          return (
            <li key={creator}>
              <a href={`${base}${creator}/`}>
                <bdi>{name}</bdi>
              </a>
              {onRemove && (
                <button
                  type="button"
                  className="remove"
                  aria-label={fill(text.remove, { name })}
                  onClick={() => onRemove(creator)}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="shortlist-actions">
        {ids.length > 1 && <a href={compareHref(base, ids)}>{text.compare}</a>}
        {children}
      </p>
    </section>
  );
}
