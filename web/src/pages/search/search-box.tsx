import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/waymark-api';
import { HighlightedText } from './highlighted-text';
import { groupedByKind, SEARCH_KIND_LABEL, searchPagePath, type SearchHit } from './search-kinds';
import './search.css';

const DEBOUNCE_MS = 200;
const DROPDOWN_LIMIT = 8;

/** Whether a key press belongs to a field being typed in (then "/" is just a slash). */
function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The header's search: "/" focuses it, typing shows the best hits grouped by kind
 * (after a pause), arrows move through them, Enter opens the one chosen or else
 * the full results page.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    function onKey(e: globalThis.KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Leaving the page (a hit opened, the results page shown) closes the dropdown.
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  useEffect(() => {
    const words = q.trim();
    if (!words) {
      setHits([]);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      unwrap(api.GET('/api/search', { params: { query: { q: words, limit: DROPDOWN_LIMIT } } }))
        .then((r) => {
          if (!current) return;
          setHits(r.items);
          setFailed(false);
          setActive(-1);
        })
        .catch(() => current && setFailed(true));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [q]);

  // The order in which the arrows walk the hits is the order shown: by group.
  const groups = groupedByKind(hits);
  const ordered = groups.flatMap(([, group]) => group);

  function openHit(hit: SearchHit) {
    setOpen(false);
    navigate(hit.link);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (ordered.length === 0) return;
      e.preventDefault();
      setOpen(true);
      // -1 is the box itself: the arrows cycle through it and every hit.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => ((i + 1 + step + ordered.length + 1) % (ordered.length + 1)) - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = ordered[active];
      if (chosen) openHit(chosen);
      else if (q.trim()) {
        setOpen(false);
        navigate(searchPagePath(q.trim()));
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    }
  }

  const showList = open && q.trim() !== '';
  return (
    <div className="global-search" role="search" aria-label="Search Waymark">
      <label htmlFor="global-search-input" className="visually-hidden">
        Search
      </label>
      <svg
        viewBox="0 0 20 20"
        width="16"
        height="16"
        aria-hidden="true"
        className="global-search__icon"
      >
        <path
          d="M9 15A6 6 0 109 3a6 6 0 000 12zM13.5 13.5L17 17"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
        />
      </svg>
      <input
        ref={input}
        id="global-search-input"
        data-testid="global-search"
        type="search"
        autoComplete="off"
        placeholder="Search programs, plans, RAID, people…"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={q}
        maxLength={200}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // A click on a hit lands before the blur closes the list.
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {/* The hint gives way to the browser's clear button once there is text. */}
      {q ? null : (
        <kbd className="global-search__key" aria-hidden="true">
          /
        </kbd>
      )}
      {showList ? (
        <div className="global-search__dropdown" data-testid="search-dropdown">
          <ul id={listId} role="listbox" aria-label="Search results">
            {groups.map(([kind, group]) => (
              <li key={kind} role="presentation" className="global-search__group">
                <span className="global-search__group-label" aria-hidden="true">
                  {SEARCH_KIND_LABEL[kind]}
                </span>
                <ul role="presentation">
                  {group.map((hit) => {
                    const index = ordered.indexOf(hit);
                    return (
                      <li
                        key={hit.id}
                        id={`${listId}-${index}`}
                        role="option"
                        aria-selected={index === active}
                        data-testid="search-option"
                        className={`global-search__option${index === active ? ' global-search__option--active' : ''}`}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => openHit(hit)}
                      >
                        <span className="global-search__title">
                          <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
                        </span>
                        {hit.programName && hit.kind !== 'program' ? (
                          <span className="global-search__program">{hit.programName}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
          <p className="global-search__footer">
            {failed
              ? 'Search is not answering; press Enter to try the results page.'
              : hits.length === 0
                ? 'No matches yet. Press Enter for the results page.'
                : 'Press Enter for every result.'}
          </p>
        </div>
      ) : null}
    </div>
  );
}
