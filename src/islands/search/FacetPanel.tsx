/**
 * Facet filters, one fieldset per facet, for any search: checkboxes with counts, any/all for
 * multi-valued facets, and an exclude button per value. Zero-count values stay visible and
 * disabled; chosen values always show. Renders again only when counts or selections change.
 */
import { memo, useState } from 'react';
import type { FacetSelection } from '#lib/search/facet-bits.ts';
import { fill, plural } from '#lib/strings/format.ts';
import type { Choice, CommonStrings } from './view.ts';

/** Most values a facet lists before offering to show them all. */
const shortFacet = 40;

interface Props<F extends string> {
  text: CommonStrings;
  locale: string;
  /** The facets to show, in order, with their legends; `multi` are those where any/all applies. */
  shown: readonly F[];
  legends: Record<F, string>;
  multi: readonly F[];
  vocab: Record<F, readonly string[]>;
  labels: Record<F, readonly string[]>;
  counts: Record<F, readonly number[]> | undefined;
  selections: Record<F, FacetSelection>;
  onChoice: (facet: F, choice: Choice) => void;
}

/** Long vocabularies list their first values and any chosen ones, with a button to show them all. */
function FacetPanel<F extends string>({
  text,
  locale,
  shown,
  legends,
  multi,
  vocab,
  labels,
  counts,
  selections,
  onChoice,
}: Props<F>) {
  const [expanded, setExpanded] = useState<ReadonlySet<F>>(new Set());
  return (
    <div className="facets">
      {shown.map((facet) => {
        const selection = selections[facet];
        const long = vocab[facet].length > shortFacet && !expanded.has(facet);
        return (
          <fieldset key={facet}>
            <legend>{legends[facet]}</legend>
            {multi.includes(facet) && selection.values.length > 1 && (
              <label className="match">
                <span>{text.match}</span>
                <select
                  value={selection.mode}
                  onChange={(event) =>
                    onChoice(facet, {
                      kind: 'mode',
                      mode: event.target.value === 'all' ? 'all' : 'any',
                    })
                  }
                >
                  <option value="any">{text.matchAny}</option>
                  <option value="all">{text.matchAll}</option>
                </select>
              </label>
            )}
            <ul>
              {vocab[facet].map((id, code) => {
                const checked = selection.values.includes(id);
                const excluded = selection.exclude.includes(id);
                if (long && code >= shortFacet && !checked && !excluded) return null;
                const count = counts?.[facet][code] ?? 0;
                const name = labels[facet][code] ?? id;
                return (
                  <li key={id} className={excluded ? 'excluded' : undefined}>
                    <label className={count === 0 && !checked ? 'empty' : undefined}>
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={count === 0 && !checked}
                        onChange={() => onChoice(facet, { kind: 'toggle', id })}
                      />
                      <span>{name}</span>{' '}
                      <span className="count">{fill(text.count, { count }, locale)}</span>
                    </label>
                    <button
                      type="button"
                      className="exclude"
                      aria-pressed={excluded}
                      aria-label={fill(text.without, { label: name })}
                      title={fill(text.exclude, { label: name })}
                      disabled={count === 0 && !excluded}
                      onClick={() => onChoice(facet, { kind: 'exclude', id })}
                    >
                      {text.excludeMark}
                    </button>
                  </li>
                );
              })}
            </ul>
            {long && (
              <button
                type="button"
                className="show-all"
                onClick={() => setExpanded(new Set([...expanded, facet]))}
              >
                {plural(text.showAll, vocab[facet].length, locale)}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

export default memo(FacetPanel) as typeof FacetPanel;
