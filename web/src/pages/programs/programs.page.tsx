import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { ImportPlanForm } from './import-plan-form';
import type { ImportedState } from './import-warnings';
import { NewProgramForm } from './new-program-form';
import { Pagination } from './pagination';
import { PortfolioOverview } from './portfolio-overview';
import { ProgramFiltersBar } from './program-filters-bar';
import {
  filtersFromParams,
  listQueryOf,
  PAGE_SIZE,
  paramsFromFilters,
  type ProgramFilters,
} from './program-query';
import { ProgramTable } from './program-table';

/** The largest page the API gives; the overview chart counts every program up to it. */
const OVERVIEW_LIMIT = 500;

export function ProgramsPage() {
  const { canWrite } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const paramsKey = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(paramsKey)), [paramsKey]);

  const list = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: listQueryOf(filters) } })),
    paramsKey,
  );
  const overview = useLoad(
    () =>
      unwrap(
        api.GET('/api/programs', { params: { query: { limit: OVERVIEW_LIMIT, sort: 'name' } } }),
      ),
    'overview',
  );

  const changeFilters = useCallback(
    (next: ProgramFilters) => setParams(paramsFromFilters(next), { replace: true }),
    [setParams],
  );
  const filtered = Boolean(filters.q || filters.status || filters.health);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Programs</h1>
          <p className="page-header__lead">
            Cross-team programs, their health and how far along they are.
          </p>
        </div>
        {canWrite && !creating && !importing ? (
          <div className="page-header__actions">
            <button type="button" className="button" onClick={() => setImporting(true)}>
              Import plan
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
            >
              <span aria-hidden="true">+</span> New program
            </button>
          </div>
        ) : null}
      </header>

      {creating ? (
        <NewProgramForm
          onCancel={() => setCreating(false)}
          onCreated={(program) => navigate(`/programs/${program.id}`)}
        />
      ) : null}

      {importing ? (
        <ImportPlanForm
          onCancel={() => setImporting(false)}
          onImported={(program, importWarnings) =>
            navigate(`/programs/${program.id}/schedule`, {
              state: { importWarnings } satisfies ImportedState,
            })
          }
        />
      ) : null}

      {overview.data ? (
        <PortfolioOverview programs={overview.data.items} total={overview.data.total} />
      ) : null}

      <section className="card card--flush" aria-labelledby="program-list-title">
        <div className="card__header card__header--padded">
          <h2 id="program-list-title">All programs</h2>
        </div>
        <ProgramFiltersBar filters={filters} onChange={changeFilters} />
        {list.problem ? (
          <FormAlert messages={[list.problem.message]} onReload={list.reload} />
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <ProgramTable programs={list.data.items} />
        ) : list.data ? (
          <div className="empty">
            <p>{filtered ? 'No programs match these filters.' : 'No programs yet.'}</p>
            {!filtered && canWrite ? (
              <p className="muted">Create the first one with “New program”.</p>
            ) : null}
          </div>
        ) : list.loading ? (
          <p className="empty muted" role="status">
            Loading programs…
          </p>
        ) : null}
        {list.data ? (
          <Pagination
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(page) => changeFilters({ ...filters, page })}
          />
        ) : null}
      </section>
    </div>
  );
}
