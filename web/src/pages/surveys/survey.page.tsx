import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { SurveyInvite } from './survey-invite';
import { SurveyQuestions } from './survey-questions';
import { SurveyResultsView } from './survey-results';
import { SEND_TRIGGER_LABEL } from './survey-types';
import './surveys.css';

/** One survey: its questions (editable), invitations by e-mail, and the results. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const { canWrite } = useCurrentUser();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const survey = useLoad(
    () => unwrap(api.GET('/api/surveys/{id}', { params: { path: { id: surveyId } } })),
    surveyId,
  );
  const results = useLoad(
    () => unwrap(api.GET('/api/surveys/{id}/results', { params: { path: { id: surveyId } } })),
    surveyId,
  );
  const s = survey.data;
  const reload = () => {
    survey.reload();
    results.reload();
  };

  return (
    <div className="page" data-testid="survey-page">
      <p className="breadcrumb">
        <Link to="/surveys">Surveys</Link>
      </p>
      <FormAlert messages={survey.problem ? [survey.problem.message] : []} />
      {s ? (
        <>
          <header className="page-header">
            <div>
              <h1>{s.title}</h1>
              <p className="page-header__lead">
                {s.programName ?? 'Portfolio'} ·{' '}
                {s.anonymous ? 'Anonymous' : 'Answers show who wrote them'} ·{' '}
                {SEND_TRIGGER_LABEL[s.sendTrigger]}
              </p>
            </div>
            {canWrite && !deleting ? (
              <div className="page-header__actions">
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => setDeleting(true)}
                >
                  Delete survey
                </button>
              </div>
            ) : null}
          </header>
          {deleting ? (
            <DeleteConfirmation
              kind="survey"
              name={s.title}
              consequence={`Its ${s.invited} invitations and ${s.responses} answers go with it; the links stop working.`}
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/api/surveys/{id}', {
                    params: { path: { id: s.id }, query: { version: s.version } },
                  }),
                );
                navigate('/surveys', { replace: true });
              }}
              onCancel={() => setDeleting(false)}
              onReload={reload}
            />
          ) : null}
          {results.data ? <SurveyResultsView results={results.data} /> : null}
          {canWrite ? <SurveyInvite survey={s} onInvited={reload} /> : null}
          <SurveyQuestions survey={s} canWrite={canWrite} onSaved={reload} />
        </>
      ) : null}
    </div>
  );
}
