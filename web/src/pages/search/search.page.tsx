import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { HighlightedText } from './highlighted-text';
import {
  SEARCH_KIND_LABEL,
  SEARCH_KINDS,
  searchPagePath,
  type SearchHit,
  type SearchKind,
  type SearchResults,
} from './search-kinds';
import './search.css';

const PAGE_SIZE = 20;

function kindsFrom(text: string | null): SearchKind[] {
  const wanted = new Set((text ?? '').split(','));
  return SEARCH_KINDS.filter((k) => wanted.has(k));
}

const fetchPage = (q: string, kinds: SearchKind[], cursor?: string) =>
  unwrap(
    api.GET('/api/search', {
      params: {
        query: {
          q,
          limit: PAGE_SIZE,
          ...(kinds.length ? { kinds: kinds.join(',') } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );

/** Every result of a query, ranked, with filters by kind; the header box's Enter lands here. */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  const kinds = kindsFrom(params.get('kinds'));
  const [draft, setDraft] = useState(q);
  const [more, setMore] = useState<SearchResults[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);

  const key = `${q}\n${kinds.join(',')}`;
  useEffect(() => {
    setDraft(q);
    setMore([]);
  }, [key, q]);

  const first = useLoad<SearchResults>(
    () => (q ? fetchPage(q, kinds) : Promise.resolve({ items: [], nextCursor: null })),
    key,
  );
  const pages = first.data ? [first.data, ...more] : [];
  const hits: SearchHit[] = pages.flatMap((p) => p.items);
  const nextCursor = pages.length ? pages[pages.length - 1]!.nextCursor : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (draft.trim()) navigate(searchPagePath(draft.trim(), kinds));
  }

  function toggle(kind: SearchKind) {
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
    navigate(
      searchPagePath(
        q,
        SEARCH_KINDS.filter((k) => next.includes(k)),
      ),
      { replace: true },
    );
  }

  async function loadMore() {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(q, kinds, nextCursor);
      setMore((m) => [...m, page]);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="page" data-testid="search-page">
      <header className="page-header">
        <div>
          <h1>Search</h1>
          <p className="page-header__lead">
            Programs, milestones, tasks, requests, RAID entries, decisions, change requests and
            people you can see. Every word must match; the last one may be the start of a word.
          </p>
        </div>
      </header>
      <section className="card card--flush">
        <form className="search-form" role="search" onSubmit={submit}>
          <label htmlFor="search-page-input" className="visually-hidden">
            Search for
          </label>
          <input
            id="search-page-input"
            type="search"
            maxLength={200}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button">
            Search
          </button>
        </form>
        <fieldset className="search-kinds">
          <legend>Only</legend>
          {SEARCH_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                data-testid={`search-kind-${kind}`}
                checked={kinds.includes(kind)}
                onChange={() => toggle(kind)}
              />
              {SEARCH_KIND_LABEL[kind]}
            </label>
          ))}
        </fieldset>
        {!q ? (
          <p className="empty muted">Type what you are looking for.</p>
        ) : first.problem ? (
          <p className="empty" role="alert">
            {first.problem.message}
          </p>
        ) : first.loading && !first.data ? (
          <p className="empty muted">Searching…</p>
        ) : hits.length === 0 ? (
          <p className="empty muted">Nothing matches “{q}”.</p>
        ) : (
          <ol className="search-results" aria-label="Results">
            {hits.map((hit) => (
              <li
                key={`${hit.kind}:${hit.id}`}
                className="search-result"
                data-testid="search-result"
              >
                <div className="search-result__head">
                  <Badge tone="neutral">{SEARCH_KIND_LABEL[hit.kind]}</Badge>
                  <Link className="search-result__title" to={hit.link}>
                    <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
                  </Link>
                  {hit.programName && hit.kind !== 'program' ? (
                    <span className="search-result__meta">{hit.programName}</span>
                  ) : null}
                </div>
                {hit.snippet && hit.snippet !== hit.title ? (
                  <p className="search-result__snippet">
                    <HighlightedText text={hit.snippet} ranges={hit.highlights} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {nextCursor ? (
          <div className="search-more">
            <button
              type="button"
              className="button button--ghost"
              onClick={loadMore}
              disabled={loadingMore}
            >
              {loadingMore ? 'Loading…' : 'More results'}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
