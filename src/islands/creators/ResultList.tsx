/** One page of creator results; renders again only when the results or the shortlist change, not on every keystroke. */
import { Fragment, memo } from 'react';
import { compareHref } from '#lib/compare/href.ts';
import {
  field,
  type creatorFacetReader,
  type SearchLabels,
} from '#lib/search/creators/index-format.ts';
import type { ShownResult } from '#lib/search/creators/protocol.ts';
import { similarReason, type ReasonSpeaker } from '#lib/search/creators/similar.ts';
import type { CreatorFacet } from '#lib/search/creators/facets.ts';
import { fill } from '#lib/strings/format.ts';
import type { SearchStrings } from '#lib/strings/types.ts';
import { Marked } from '../search/Marked.tsx';
import type { CommonStrings } from '../search/view.ts';

interface Props {
  results: readonly ShownResult[];
  labels: SearchLabels;
  /** Reads a row's codes in a facet. */
  facetCodes: ReturnType<typeof creatorFacetReader>;
  saved: readonly string[];
  showEvidence: boolean;
  evidenceFailed: boolean;
  label: (facet: CreatorFacet, id: string) => string;
  onSave: (id: string) => void;
  /** Shows the creators most like one ("More like this"). */
  onLike: (id: string) => void;
  /** Says why a result is like the creator a "More like this" view is about, in the page's language. */
  speaker: ReasonSpeaker<number>;
  text: SearchStrings;
  common: CommonStrings;
  locale: string;
  /** Where profiles live, for this locale ("/creators/"). */
  base: string;
}

export default memo(function ResultList({
  results,
  labels,
  facetCodes,
  saved,
  showEvidence,
  evidenceFailed,
  label,
  onSave,
  onLike,
  speaker,
  text,
  common,
  locale,
  base,
}: Props) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <ul className="result-list">
      {results.map(({ row, matches, evidence, shared }) => {
        const id = row[field.id];
        const name = row[field.name];
        const handle = row[field.handle];
        const aliases = row[field.aliases];
        const country = facetCodes(row, 'country')[0];
        const region = facetCodes(row, 'region')[0];
        const place =
          country !== undefined
            ? labels.country[country]
            : region !== undefined
              ? labels.region[region]
              : '';
        const niches = facetCodes(row, 'niche').map((code) => labels.niche[code] ?? '');
        return (
          <li key={id}>
            <p className="result-head">
              <a href={`${base}${id}/`} className="result-name">
                <bdi>
                  <Marked value={name} field="name" matches={matches} />
                </bdi>
              </a>
              <span className="result-meta">
                {handle && (
                  <>
                    {' '}
                    <bdi>
                      @<Marked value={handle} field="handle" matches={matches} />
                    </bdi>
                  </>
                )}
                {aliases.length > 0 && (
                  <>
                    {handle ? ' · ' : ' '}
                    {aliases.map((alias, i) => (
                      // The separator stays outside the isolate, in the page's direction.
                      <Fragment key={alias}>
                        {i > 0 && common.listSeparator}
                        <bdi>
                          <Marked value={alias} field="aliases" matches={matches} />
                        </bdi>
                      </Fragment>
                    ))}
                  </>
                )}
                {place && ` · ${place}`}
                {niches.length > 0 && ` · ${niches.join(common.listSeparator)}`}
              </span>
            </p>
            {shared && <p className="why">{similarReason(shared, speaker)}</p>}
            {showEvidence && (
              <ul className="evidence" aria-label={fill(text.evidenceFor, { name })}>
                {evidence.map((item) => (
                  <li key={`${item.brand}-${item.date}-${item.title}`}>
                    <span className="evidence-brand">
                      {fill(text.evidenceBrand, { brand: label('brand', item.brand) })}
                    </span>{' '}
                    {common.quoteOpen}
                    <bdi>{item.title}</bdi>
                    {common.quoteClose}{' '}
                    <time dateTime={item.date}>
                      {day.format(new Date(`${item.date}T00:00:00Z`))}
                    </time>
                    {item.url ? (
                      <>
                        {' '}
                        <a href={item.url} rel="noopener noreferrer">
                          {text.watch}
                        </a>
                      </>
                    ) : (
                      <span className="evidence-note"> · {text.invented}</span>
                    )}
                  </li>
                ))}
                {evidenceFailed && <li>{text.evidenceFailed}</li>}
              </ul>
            )}
            <button
              type="button"
              className="save"
              aria-pressed={saved.includes(id)}
              onClick={() => onSave(id)}
            >
              {saved.includes(id) ? text.saved : text.saveShort}
              <span className="visually-hidden"> {name}</span>
            </button>
            <p className="result-actions">
              <button type="button" className="like-action" onClick={() => onLike(id)}>
                {text.like.action}
                <span className="visually-hidden">: {name}</span>
              </button>
              {saved.some((other) => other !== id) && (
                <>
                  {' '}
                  <a
                    className="compare-link"
                    href={compareHref(base, [id, ...saved.filter((other) => other !== id)])}
                  >
                    {text.compareWith}
                    <span className="visually-hidden"> {name}</span>
                  </a>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
});
