import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';

const COLUMNS = 4;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** The backups in the data folder, the nightly schedule and retention (admins only, as the API). */
export function BackupsPage() {
  const backups = useLoad(() => unwrap(api.GET('/api/backups')), 'backups');
  const b = backups.data;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Backups</h1>
          <p className="page-header__lead">
            {b
              ? b.enabled
                ? `Nightly, ${b.schedule}; the newest ${b.keep} nightly backups are kept.`
                : 'Nightly backups are off (WAYMARK_BACKUPS).'
              : 'Nightly backups of the database, and the ones you made.'}
          </p>
        </div>
      </header>
      {backups.problem ? (
        <FormAlert messages={[backups.problem.message]} onReload={backups.reload} />
      ) : null}
      {b ? (
        <section className="card card--flush" aria-labelledby="backups-title">
          <div className="card__header card__header--padded">
            <h2 id="backups-title">In {b.folder ?? 'the data folder'}</h2>
          </div>
          <div className="table-wrap">
            <table className="table" data-testid="backups-table">
              <thead>
                <tr>
                  <th>File</th>
                  <th>Kind</th>
                  <th className="numeric">Size</th>
                  <th>Written</th>
                </tr>
              </thead>
              <tbody>
                {b.items.length === 0 ? (
                  <tr>
                    <td colSpan={COLUMNS} className="empty muted">
                      No backups yet.
                    </td>
                  </tr>
                ) : null}
                {b.items.map((item) => (
                  <tr key={item.name} data-backup={item.name}>
                    <td className="table__primary">
                      <span className="table__title">{item.name}</span>
                    </td>
                    <td>{item.kind === 'nightly' ? 'Nightly' : 'Other'}</td>
                    <td className="numeric nowrap">{size(item.sizeBytes)}</td>
                    <td className="nowrap">{formatInstant(item.modifiedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="card__body">
            <p className="muted">
              Make one now with <code>waymark backup FILE</code>; restore into an empty data folder
              with <code>waymark restore FILE</code> (Waymark stopped). See docs/backups.md.
            </p>
          </div>
        </section>
      ) : null}
    </div>
  );
}
