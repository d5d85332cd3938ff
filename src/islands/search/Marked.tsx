/** A value with the characters the query matched marked, from Fuse's match indices; always rendered as text. */
import type { ReactNode } from 'react';
import { highlight } from '#lib/search/highlight.ts';

export interface Match {
  key?: string | undefined;
  value?: string | undefined;
  indices: readonly (readonly [number, number])[];
}

export function Marked({
  value,
  field,
  matches,
}: {
  value: string;
  field: string;
  matches: readonly Match[];
}): ReactNode {
  const match = matches.find((candidate) => candidate.key === field && candidate.value === value);
  return highlight(value, match?.indices ?? []).map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
