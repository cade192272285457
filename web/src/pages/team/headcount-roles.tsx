import { Fragment, useState } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { HeadcountRoleForm } from './headcount-role-form';
import type { CareerLadder, HeadcountPlan, HeadcountRole, PersonSummary } from './team-types';

const STATUS_TONE = { planned: 'neutral', open: 'amber', filled: 'green' } as const;
const COLUMNS = 6;

interface Shared {
  quarters: string[];
  ladder: CareerLadder | undefined;
  people: PersonSummary[];
  canPlan: boolean;
  onChanged(): void;
}

type Mode = 'reading' | 'editing' | 'deleting';

function RoleRow({
  role: r,
  quarters,
  ladder,
  people,
  canPlan,
  onChanged,
}: Shared & { role: HeadcountRole }) {
  const [mode, setMode] = useState<Mode>('reading');
  const reading = () => setMode('reading');
  const filledBy = people.find((p) => p.id === r.filledById)?.name;
  return (
    <Fragment>
      <tr data-testid="headcount-role">
        <td>{r.quarter}</td>
        <td>{r.title}</td>
        <td>{r.levelName ? `${r.levelName} (${r.grade})` : '—'}</td>
        <td>{r.trackName ?? '—'}</td>
        <td>
          <span className={`badge badge--${STATUS_TONE[r.status]}`}>{r.status}</span>
          {filledBy ? <span className="muted"> · {filledBy}</span> : null}
        </td>
        <td className="numeric nowrap">
          {canPlan && mode === 'reading' ? (
            <span className="button-group">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit role ${r.title}`}
                onClick={() => setMode('editing')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Delete role ${r.title}`}
                onClick={() => setMode('deleting')}
              >
                Delete
              </button>
            </span>
          ) : null}
        </td>
      </tr>
      {mode !== 'reading' ? (
        <tr className="team-editor-row">
          <td colSpan={COLUMNS}>
            {mode === 'editing' && ladder ? (
              <HeadcountRoleForm
                role={r}
                quarters={quarters}
                ladder={ladder}
                people={people}
                onCancel={reading}
                onSaved={() => {
                  reading();
                  onChanged();
                }}
                onReload={onChanged}
              />
            ) : null}
            {mode === 'deleting' ? (
              <DeleteConfirmation
                kind="role"
                name={r.title}
                consequence={`The plan for ${r.quarter} no longer counts this ${r.status} role.`}
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/headcount/roles/{id}', {
                      params: { path: { id: r.id }, query: { version: r.version } },
                    }),
                  );
                  reading();
                  onChanged();
                }}
                onCancel={reading}
                onReload={onChanged}
              />
            ) : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

/** The roles of the fiscal year: planned, open and filled; TPM managers and admins keep them. */
export function HeadcountRoles({
  plan,
  ...shared
}: Omit<Shared, 'quarters'> & { plan: HeadcountPlan }) {
  const [adding, setAdding] = useState(false);
  const quarters = plan.quarters.map((q) => q.quarter);
  return (
    <section className="card card--flush" aria-labelledby="roles-title">
      <div className="card__header card__header--padded">
        <h2 id="roles-title">Roles</h2>
        {shared.canPlan && !adding ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => setAdding(true)}
          >
            + Role
          </button>
        ) : null}
      </div>
      {adding && shared.ladder ? (
        <HeadcountRoleForm
          quarters={quarters}
          ladder={shared.ladder}
          people={shared.people}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            shared.onChanged();
          }}
          onReload={shared.onChanged}
        />
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Quarter</th>
              <th>Role</th>
              <th>Level</th>
              <th>Track</th>
              <th>Status</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.roles.map((r) => (
              <RoleRow key={`${r.id}:${r.version}`} role={r} quarters={quarters} {...shared} />
            ))}
          </tbody>
        </table>
        {plan.roles.length === 0 ? (
          <p className="empty muted">No roles in this fiscal year.</p>
        ) : null}
      </div>
    </section>
  );
}
