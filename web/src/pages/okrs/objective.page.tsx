import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatInstant } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { NotFoundPage } from '../not-found.page';
import { KeyResultCard } from './key-result-card';
import { LinkedPrograms } from './linked-programs';
import { NewKeyResultForm } from './new-key-result-form';
import { ObjectiveStateActions } from './objective-state-actions';
import { OkrScoreBar } from './okr-score-bar';
import { OWNER_LABEL, STATE_LABEL, STATE_TONE, ownerText } from './okr-types';
import './okrs.css';

/** One objective: its key results and check-ins, the programs serving it, its state. */
export function ObjectivePage() {
  const { objectiveId = '' } = useParams();
  const navigate = useNavigate();
  const { user, canWrite } = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const loaded = useLoad(
    () => unwrap(api.GET('/api/objectives/{id}', { params: { path: { id: objectiveId } } })),
    objectiveId,
  );
  if (loaded.problem?.code === 'not_found') return <NotFoundPage />;
  const o = loaded.data;
  const mayEdit =
    !!o &&
    o.state !== 'graded' &&
    (user.role === 'admin' ||
      user.role === 'tpm_manager' ||
      (o.ownerKind === 'person' && o.personId === user.id));

  return (
    <div className="page" data-testid="objective-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/okrs">OKRs</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{o?.title ?? 'Objective'}</span>
      </nav>
      {loaded.problem ? (
        <FormAlert messages={[loaded.problem.message]} onReload={loaded.reload} />
      ) : null}
      {o ? (
        <>
          <header className="page-header">
            <div>
              <h1>{o.title}</h1>
              <p className="page-header__lead">
                {o.period} ({formatDate(o.from)} to {formatDate(o.to)}) · {OWNER_LABEL[o.ownerKind]}
                {o.ownerKind === 'organization' ? '' : `: ${ownerText(o)}`}
                {o.parent ? ' · serves ' : ''}
                {o.parent ? <Link to={`/okrs/${o.parent.id}`}>{o.parent.title}</Link> : null}
              </p>
              {o.description ? <p>{o.description}</p> : null}
            </div>
            <Badge tone={STATE_TONE[o.state]}>{STATE_LABEL[o.state]}</Badge>
          </header>
          <section className="card" aria-label="Score">
            <h2>{o.state === 'graded' ? 'Grade' : 'Score'}</h2>
            <OkrScoreBar score={o.score} label={`Score of ${o.title}`} />
            {o.gradedAt ? <p className="okr-muted">Graded {formatInstant(o.gradedAt)}.</p> : null}
            {mayEdit ? <ObjectiveStateActions objective={o} onChanged={loaded.reload} /> : null}
          </section>
          <h2>Key results</h2>
          {o.keyResults.length === 0 ? <p className="empty">No key results yet.</p> : null}
          {o.keyResults.map((kr) => (
            <KeyResultCard key={kr.id} kr={kr} editable={mayEdit} onChanged={loaded.reload} />
          ))}
          {mayEdit && !adding ? (
            <div className="okr-actions">
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add key result
              </button>
            </div>
          ) : null}
          {adding ? (
            <NewKeyResultForm
              objectiveId={o.id}
              onCreated={() => {
                setAdding(false);
                loaded.reload();
              }}
              onCancel={() => setAdding(false)}
            />
          ) : null}
          <LinkedPrograms
            objective={o}
            editable={canWrite && o.state !== 'graded'}
            onChanged={loaded.reload}
          />
          {o.childIds.length > 0 ? (
            <p className="okr-muted">
              {o.childIds.length} objective{o.childIds.length === 1 ? '' : 's'} cascade from this
              one.
            </p>
          ) : null}
          {mayEdit && !deleting ? (
            <div className="okr-actions">
              <button
                type="button"
                className="button button--danger"
                onClick={() => setDeleting(true)}
              >
                Delete objective
              </button>
            </div>
          ) : null}
          {deleting ? (
            <DeleteConfirmation
              kind="objective"
              name={o.title}
              consequence="Its key results, check-ins and the objectives that cascade from it go with it."
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/api/objectives/{id}', {
                    params: { path: { id: o.id }, query: { version: o.version } },
                  }),
                );
                void navigate('/okrs');
              }}
              onCancel={() => setDeleting(false)}
              onReload={loaded.reload}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
