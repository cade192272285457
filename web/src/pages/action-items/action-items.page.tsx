import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useCurrentUser } from '../../session/session-context';
import { ActionItemForm } from './action-item-form';
import { ActionItemList } from './action-item-list';
import { STATE_LABEL, type ActionItemQuery, type ActionItemState } from './action-item-types';
import './action-items.css';

const STATES = ['open', 'overdue', 'done', 'cancelled'] as const;

/** Action items: mine by default, filtered by state, owner and program; marked done inline. */
export function ActionItemsPage() {
  const { canWrite } = useCurrentUser();
  const [state, setState] = useState<ActionItemState | ''>('open');
  const [owner, setOwner] = useState('me');
  const [programId, setProgramId] = useState('');
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string>();
  const query: ActionItemQuery = {
    limit: 200,
    ...(state ? { state } : {}),
    ...(owner ? { ownerId: owner } : {}),
    ...(programId ? { programId } : {}),
  };
  const items = useLoad(
    () => unwrap(api.GET('/api/action-items', { params: { query } })),
    JSON.stringify(query),
  );
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })),
    'programs',
  );

  return (
    <div className="page" data-testid="action-items-page">
      <header className="page-header">
        <div>
          <h1>Action items</h1>
          <p className="page-header__lead">
            What each person owes by when, from reviews, post-mortems, status reports, risks or
            written down here.
          </p>
        </div>
        {canWrite && !adding ? (
          <div className="page-header__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setAdding(true)}
            >
              Add action item
            </button>
          </div>
        ) : null}
      </header>
      {adding ? (
        <ActionItemForm
          onDone={(saved) => {
            setAdding(false);
            if (saved) items.reload();
          }}
        />
      ) : null}
      <section className="card">
        <div className="toolbar action-items__filters">
          <SelectField
            label="State"
            name="state"
            value={state}
            onChange={setState}
            emptyLabel="Any"
          >
            <VocabularyOptions values={STATES} labels={STATE_LABEL} />
          </SelectField>
          <SelectField
            label="Owner"
            name="owner"
            value={owner}
            onChange={setOwner}
            emptyLabel="Anyone"
          >
            <option value="me">Me</option>
            <NamedOptions items={people.data ?? []} />
          </SelectField>
          <SelectField
            label="Program"
            name="program"
            value={programId}
            onChange={setProgramId}
            emptyLabel="Every program"
          >
            <NamedOptions items={programs.data?.items ?? []} />
          </SelectField>
        </div>
        <FormAlert messages={[problem ?? items.problem?.message].filter((m): m is string => !!m)} />
        {items.data && items.data.items.length === 0 ? (
          <p className="muted">No action items match.</p>
        ) : (
          <ActionItemList
            items={items.data?.items ?? []}
            onChanged={() => {
              setProblem(undefined);
              items.reload();
            }}
            onProblem={setProblem}
          />
        )}
        {items.data && items.data.total > items.data.items.length ? (
          <p className="muted">
            Showing {items.data.items.length} of {items.data.total}.
          </p>
        ) : null}
      </section>
    </div>
  );
}
