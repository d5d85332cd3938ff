/**
 * Saved searches, under a search form: "Save this search" while the view asks for something (the
 * visitor names it; a name is offered), and the searches saved for this search page, each a link
 * to its view, renamed in place or deleted (a deletion can be undone). What each action did is
 * said in a live region; what storage could not do is said in plain words, and a save that fails
 * keeps the name typed. The search form shows it, in both search islands.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import {
  addSearch,
  cleanName,
  directionOf,
  maxNameLength,
  maxSaved,
  removeSearch,
  renameSearch,
  restoreSearch,
  savedHref,
  searchesFor,
  type ChangeProblem,
  type SavedSearch,
} from '#lib/search/saved-searches.ts';
import {
  isActive,
  serializeState,
  type SearchShape,
  type SearchState,
} from '#lib/search/url-state.ts';
import { fill, plural } from '#lib/strings/format.ts';
import { useSavedSearches, type Edit } from './useSavedSearches.ts';
import { chosenFilters, suggestName, type CommonStrings } from './view.ts';

export interface SavedSearchesProps<F extends string, S extends string> {
  /** This search page in the page's locale ("/ar/creators/"): what a saved link opens. */
  path: string;
  shape: SearchShape<F, S>;
  /** The values each facet accepts, to read saved queries again. */
  allowed: Record<F, readonly string[]>;
  state: SearchState<F, S>;
  label: (facet: F, id: string) => string;
  sortLabels: Record<S, string>;
  text: CommonStrings;
  locale: string;
}

/** A line for the visitor: what happened and, after a deletion, the entry to bring back. */
interface Message {
  text: string;
  /** Whether it says why a change was not kept. */
  failed: boolean;
  undo?: SavedSearch | undefined;
}

const saveId = 'saved-search-save';
const undoId = 'saved-search-undo';
const messageId = 'saved-search-message';

export default function SavedSearches<F extends string, S extends string>({
  path,
  shape,
  allowed,
  state,
  label,
  sortLabels,
  text,
  locale,
}: SavedSearchesProps<F, S>) {
  const t = text.savedSearches;
  // A view that asks for nothing is the full list: not worth saving.
  const active = isActive(state, shape);
  const chosen = chosenFilters(shape.facets, state.facets);
  const { searches, read, change } = useSavedSearches();
  const [naming, setNaming] = useState(false);
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  // Focus moves once the element it goes to has rendered (a form opened, a button back).
  const [focus, setFocus] = useState<{ id: string } | undefined>(undefined);
  useEffect(() => {
    const target = focus && document.getElementById(focus.id);
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }, [focus]);

  const mine = searchesFor(searches, path);
  const named = (template: string, name: string) => fill(template, { name }, locale);

  /** Says how a change went; true when it was kept. */
  const report = (outcome: ChangeProblem | undefined, done: string, undo?: SavedSearch) => {
    const failed =
      outcome === 'limit'
        ? plural(t.limit, maxSaved, locale)
        : outcome && t[outcome === 'full' ? 'full' : 'refused'];
    setMessage({ text: failed || done, failed: Boolean(failed), undo: failed ? undefined : undo });
    return !failed;
  };

  const suggestion = cleanName(
    suggestName(text, locale, state.q, chosen, label, sortLabels[state.sort]),
  );
  const problem = message?.failed ? messageId : undefined;

  /** Makes a change and says how it went; `after` runs only when it was kept. */
  const act = (edit: Edit, done: string, after: () => void, undo?: SavedSearch) => {
    if (report(change(edit), done, undo)) after();
  };

  const save = (typed: string) => {
    const name = cleanName(typed) || suggestion;
    const entry = { name, path, query: serializeState(state, shape).toString() };
    act(
      (list) => addSearch(list, entry, Date.now()),
      named(t.saved, name),
      () => {
        setNaming(false);
        setFocus({ id: saveId });
      },
    );
  };

  const rename = (entry: SavedSearch, typed: string) => {
    const name = cleanName(typed) || entry.name;
    act(
      (list) => renameSearch(list, entry.id, name),
      named(t.renamed, name),
      () => {
        setRenaming(undefined);
        setFocus({ id: `saved-rename-${entry.id}` });
      },
    );
  };

  const remove = (entry: SavedSearch) =>
    act(
      (list) => removeSearch(list, entry.id),
      named(t.deleted, entry.name),
      () => setFocus({ id: undoId }),
      entry,
    );

  const undo = (entry: SavedSearch) =>
    act(
      (list) => restoreSearch(list, entry),
      named(t.restored, entry.name),
      () => setFocus({ id: `saved-link-${entry.id}` }),
    );

  const restore = message?.undo;
  const notices = read
    ? [
        read.unavailable && t.unavailable,
        read.damaged && t.damaged,
        read.dropped > 0 && plural(t.dropped, read.dropped, locale),
        read.overflow > 0 && plural(t.overflow, read.overflow, locale, { max: maxSaved }),
      ].filter((notice) => notice !== false)
    : [];

  return (
    <div className="saved-searches">
      {naming ? (
        <NameForm
          id="saved-search-name"
          label={t.name}
          value={suggestion}
          problem={problem}
          text={text}
          onSave={save}
          onCancel={() => {
            setNaming(false);
            setFocus({ id: saveId });
          }}
        />
      ) : (
        active && (
          <p className="saved-actions">
            <button
              type="button"
              id={saveId}
              className="save"
              onClick={() => {
                setNaming(true);
                setFocus({ id: 'saved-search-name' });
              }}
            >
              {t.save}
            </button>
          </p>
        )
      )}
      <p
        id={messageId}
        className="saved-message"
        data-failed={message?.failed ? '' : undefined}
        aria-live="polite"
      >
        {message?.text}
        {restore && (
          <>
            {' '}
            <button type="button" id={undoId} className="save" onClick={() => undo(restore)}>
              {t.undo}
            </button>
          </>
        )}
      </p>
      {notices.map((notice) => (
        <p key={notice} className="saved-notice">
          {notice}
        </p>
      ))}
      {mine.length > 0 && (
        <section className="saved-list" aria-labelledby="saved-searches-heading">
          <h3 id="saved-searches-heading">{plural(t.heading, mine.length, locale)}</h3>
          <ul>
            {mine.map((entry) => (
              <li key={entry.id}>
                {renaming === entry.id ? (
                  <NameForm
                    id="saved-search-rename"
                    label={named(t.newName, entry.name)}
                    value={entry.name}
                    problem={problem}
                    text={text}
                    onSave={(typed) => rename(entry, typed)}
                    onCancel={() => {
                      setRenaming(undefined);
                      setFocus({ id: `saved-rename-${entry.id}` });
                    }}
                  />
                ) : (
                  <>
                    <a id={`saved-link-${entry.id}`} href={savedHref(entry, allowed, shape)}>
                      <bdi dir={directionOf(entry.path)}>{entry.name}</bdi>
                    </a>
                    <span className="saved-tools">
                      <button
                        type="button"
                        id={`saved-rename-${entry.id}`}
                        className="save"
                        aria-label={named(t.renameNamed, entry.name)}
                        onClick={() => {
                          setRenaming(entry.id);
                          setFocus({ id: 'saved-search-rename' });
                        }}
                      >
                        {t.rename}
                      </button>
                      <button
                        type="button"
                        className="save"
                        aria-label={named(t.deleteNamed, entry.name)}
                        onClick={() => remove(entry)}
                      >
                        {t.delete}
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A name field with Save and Cancel; Escape in the field cancels. What is typed stays until it is saved. */
function NameForm({
  id,
  label,
  value,
  problem,
  text,
  onSave,
  onCancel,
}: {
  id: string;
  label: string;
  value: string;
  /** The id of the message saying why the name was not kept, if it was not. */
  problem: string | undefined;
  text: CommonStrings;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get('name');
    onSave(typeof typed === 'string' ? typed : '');
  };
  return (
    <form className="saved-name" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="name"
        type="text"
        defaultValue={value}
        maxLength={maxNameLength}
        autoComplete="off"
        aria-describedby={problem}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <span className="saved-tools">
        <button type="submit">{text.savedSearches.confirm}</button>
        <button type="button" onClick={onCancel}>
          {text.savedSearches.cancel}
        </button>
      </span>
    </form>
  );
}
