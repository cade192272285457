interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}

export function Pagination({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <span className="pagination__summary" aria-live="polite">
        {total === 0 ? 'No programs' : `${first}–${last} of ${total}`}
      </span>
      <div className="pagination__buttons">
        <button
          type="button"
          className="button button--small"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          Previous
        </button>
        <span className="pagination__page">
          Page {Math.min(page, pages)} of {pages}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next
        </button>
      </div>
    </nav>
  );
}
