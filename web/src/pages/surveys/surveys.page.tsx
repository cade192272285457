import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useCurrentUser } from '../../session/session-context';
import { SurveyForm } from './survey-form';
import { SEND_TRIGGER_LABEL, percent } from './survey-types';
import './surveys.css';

/** Stakeholder satisfaction surveys of the programs one can see, and a form to make one. */
export function SurveysPage() {
  const { canWrite } = useCurrentUser();
  const [programId, setProgramId] = useState('');
  const [adding, setAdding] = useState(false);
  const surveys = useLoad(
    () => unwrap(api.GET('/api/surveys', { params: { query: programId ? { programId } : {} } })),
    programId,
  );
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })),
    'programs',
  );

  return (
    <div className="page" data-testid="surveys-page">
      <header className="page-header">
        <div>
          <h1>Surveys</h1>
          <p className="page-header__lead">
            Stakeholder satisfaction: each invited person gets a link that answers without an
            account.
          </p>
        </div>
        {canWrite && !adding ? (
          <div className="page-header__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setAdding(true)}
            >
              New survey
            </button>
          </div>
        ) : null}
      </header>
      {adding ? (
        <SurveyForm
          programs={programs.data?.items ?? []}
          onDone={(saved) => {
            setAdding(false);
            if (saved) surveys.reload();
          }}
        />
      ) : null}
      <section className="card">
        <div className="toolbar">
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
        <FormAlert messages={surveys.problem ? [surveys.problem.message] : []} />
        {surveys.data && surveys.data.items.length === 0 ? (
          <p className="muted">No surveys yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Survey</th>
                  <th>Program</th>
                  <th className="numeric">Responses</th>
                  <th className="numeric">Response rate</th>
                  <th>Sending</th>
                  <th>Made</th>
                </tr>
              </thead>
              <tbody>
                {(surveys.data?.items ?? []).map((s) => (
                  <tr key={s.id}>
                    <td className="table__primary">
                      <Link to={`/surveys/${s.id}`}>{s.title}</Link>
                      {s.anonymous ? <span className="badge badge--muted">Anonymous</span> : null}
                    </td>
                    <td>{s.programName ?? 'Portfolio'}</td>
                    <td className="numeric">
                      {s.responses} of {s.invited}
                    </td>
                    <td className="numeric">
                      {percent(s.invited ? s.responses / s.invited : null)}
                    </td>
                    <td>{SEND_TRIGGER_LABEL[s.sendTrigger]}</td>
                    <td>{formatInstant(s.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
