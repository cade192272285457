import { useLocation, useNavigate } from 'react-router';
import type { ImportWarning } from '../../api/types';

/** What the import page hands the program it opens: the file's warnings, in history state. */
export interface ImportedState {
  importWarnings: ImportWarning[];
}

function warningsIn(state: unknown): ImportWarning[] {
  if (typeof state !== 'object' || state === null || !('importWarnings' in state)) return [];
  const list = (state as ImportedState).importWarnings;
  return Array.isArray(list) ? list : [];
}

/**
 * After an import, what the file carried that the program could not keep as it was,
 * each with where (a UID, a line) and which field. Kept in the page's history state,
 * so a reload still shows them until dismissed. Plain text nodes only: never HTML.
 */
export function ImportWarningsNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const warnings = warningsIn(location.state);
  if (warnings.length === 0) return null;
  return (
    <section
      className="card card--flush import-warnings"
      aria-labelledby="import-warnings-title"
      data-testid="import-warnings"
    >
      <div className="card__header card__header--padded">
        <h2 id="import-warnings-title">
          {'Import warnings '}
          <span className="count">{warnings.length}</span>
          <span className="card__header-note">
            The program was created; these parts of the file were changed or left out.
          </span>
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            navigate(`${location.pathname}${location.search}`, { replace: true, state: null })
          }
        >
          Dismiss
        </button>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Field</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w, i) => (
              <tr key={i} data-testid="import-warning">
                <td className="nowrap">
                  <code>{w.at}</code>
                </td>
                <td className="nowrap">
                  <code>{w.field}</code>
                </td>
                <td>{w.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
