import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { SelectField } from '../../components/select-field';
import { useCurrentUser } from '../../session/session-context';
import { NewObjectiveForm } from './new-objective-form';
import { ObjectiveTree } from './objective-tree';
import { quarterOf, shiftQuarter } from './okr-types';
import './okrs.css';

/** Objectives and key results per fiscal quarter, as a cascade from the organization's. */
export function OkrsPage() {
  const { user, canWrite } = useCurrentUser();
  const current = quarterOf(new Date());
  const [period, setPeriod] = useState(current);
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => unwrap(api.GET('/api/objectives', { params: { query: { period } } })),
    `objectives:${period}`,
  );
  const quarters = [-3, -2, -1, 0, 1, 2].map((offset) => shiftQuarter(current, offset));
  const items = list.data?.items ?? [];
  const managesOkrs = user.role === 'admin' || user.role === 'tpm_manager';

  return (
    <div className="page" data-testid="okrs-page">
      <header className="page-header">
        <div>
          <h1>OKRs</h1>
          <p className="page-header__lead">
            Objectives for the quarter, their key results scored from 0 to 100%, and the programs
            that serve them.
          </p>
        </div>
        {canWrite && !creating ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New objective
          </button>
        ) : null}
      </header>
      <div className="okr-period">
        <SelectField label="Quarter" name="period" value={period} onChange={setPeriod}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {q}
              {q === current ? ' (this quarter)' : ''}
            </option>
          ))}
        </SelectField>
        {items[0] ? (
          <p className="okr-muted">
            {formatDate(items[0].from)} to {formatDate(items[0].to)}
          </p>
        ) : null}
      </div>
      {creating ? (
        <NewObjectiveForm
          period={period}
          parents={items.filter((o) => o.state !== 'graded')}
          mayOwnForOthers={managesOkrs}
          onCreated={() => {
            setCreating(false);
            list.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {list.problem ? <FormAlert messages={[list.problem.message]} onReload={list.reload} /> : null}
      {list.data && items.length === 0 ? (
        <p className="empty">No objectives for {period} yet.</p>
      ) : null}
      {items.length > 0 ? <ObjectiveTree objectives={items} /> : null}
    </div>
  );
}
