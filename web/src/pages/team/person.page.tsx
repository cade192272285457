import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { AllocationForm } from './allocation-form';
import { AllocationRow } from './allocation-row';
import { AssessmentForm } from './assessment-form';
import { TimeOffForm } from './time-off-form';
import { TimeOffList } from './time-off-list';
import { LadderPosition } from './ladder-position';
import { PersonLoadChart } from './person-load-chart';
import { ProfileForm } from './profile-form';
import { SkillsForm } from './skills-form';
import { TeamTabs } from './team-tabs';
import { clockOf, weekdaysOf } from './working-hours';

/** One person: profile and hours, skills, load over the next weeks, allocations, ladder position and assessments. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { canWrite, user } = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [editingSkills, setEditingSkills] = useState(false);
  const people = useLoad(() => unwrap(api.GET('/api/people', {})), 'people');
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const person = useLoad(
    () => unwrap(api.GET('/api/people/{id}', { params: { path: { id: personId } } })),
    personId,
  );
  const capacity = useLoad(
    () =>
      unwrap(
        api.GET('/api/people/{id}/capacity', {
          params: { path: { id: personId }, query: { weeks: 26 } },
        }),
      ),
    personId,
  );
  const allocations = useLoad(
    () => unwrap(api.GET('/api/allocations', { params: { query: { personId } } })),
    personId,
  );
  const assessments = useLoad(
    () => unwrap(api.GET('/api/people/{id}/assessments', { params: { path: { id: personId } } })),
    personId,
  );
  const ladder = useLoad(() => unwrap(api.GET('/api/career-ladder')), 'ladder');
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500, sort: 'name' } } })),
    'programs',
  );

  if (person.problem)
    return (
      <div className="page">
        <FormAlert messages={[person.problem.message]} />
      </div>
    );
  const p = person.data;
  if (!p)
    return (
      <div className="page">
        <p className="empty muted" role="status">
          Loading…
        </p>
      </div>
    );
  const isSelf = user.id === p.id;
  // The server answers the assessments only to the person's circle (themself, their managers
  // up the line, TPM managers, admins): the same people who record their time off and
  // assessments, so a successful answer is the one test the page needs.
  const inCircle = assessments.data !== undefined;
  // A stakeholder's account reads only, even on their own page (the server refuses their writes).
  const mayEditSelfParts =
    canWrite && (isSelf || user.role === 'tpm_manager' || user.role === 'admin');
  const mayRecordTimeOff = canWrite && (isSelf || inCircle);
  // The person rates themself; anyone else in their circle gives the manager rating.
  const assessKind: 'self' | 'manager' | null = !canWrite
    ? null
    : isSelf
      ? 'self'
      : inCircle
        ? 'manager'
        : null;
  const reload = () => {
    capacity.reload();
    allocations.reload();
    setAdding(false);
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="muted">
            <Link to="/team">Team</Link> /
          </p>
          <h1>{p.name}</h1>
          <p className="page-header__lead">
            {p.title}
            {p.teamName ? ` · ${p.teamName}` : ''}
          </p>
        </div>
        {mayEditSelfParts && !editing ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit profile
          </button>
        ) : null}
      </header>
      <TeamTabs />
      {editing && ladder.data && people.data && teams.data ? (
        <ProfileForm
          canManage={user.role === 'admin' || user.role === 'tpm_manager'}
          person={p}
          ladder={ladder.data}
          people={people.data.items}
          teams={teams.data.items}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            person.reload();
            capacity.reload();
            assessments.reload();
          }}
        />
      ) : null}
      <section className="card">
        <dl className="facts">
          <div className="fact">
            <dt>Level</dt>
            <dd>{p.levelName ? `${p.levelName} (grade ${p.grade})` : '—'}</dd>
          </div>
          <div className="fact">
            <dt>Track</dt>
            <dd>{p.trackName ?? '—'}</dd>
          </div>
          <div className="fact">
            <dt>Location</dt>
            <dd>{p.location || '—'}</dd>
          </div>
          <div className="fact">
            <dt>Working hours</dt>
            <dd>
              {clockOf(p.workingHoursStart)}–{clockOf(p.workingHoursEnd)} {p.timeZone},{' '}
              {weekdaysOf(p.workingDays)}
              {p.flexibleHours ? ' (flexible)' : ''}
            </dd>
          </div>
          <div className="fact">
            <dt>Capacity</dt>
            <dd>{Math.round(p.capacity * 100)}%</dd>
          </div>
          <div className="fact">
            <dt>Direct reports</dt>
            <dd>{p.directReportIds.length}</dd>
          </div>
        </dl>
        <div className="skills-line">
          <div className="chips" aria-label="Skills and domains">
            {p.skills.map((s) => (
              <span key={`${s.kind}${s.name}`} className={`chip chip--${s.kind}`}>
                {s.name} <b>{s.proficiency}</b>
              </span>
            ))}
            {p.skills.length === 0 ? (
              <span className="muted">No skills or domains yet.</span>
            ) : null}
          </div>
          {mayEditSelfParts && !editingSkills ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setEditingSkills(true)}
            >
              Edit skills
            </button>
          ) : null}
        </div>
        {editingSkills ? (
          <SkillsForm
            // A fresh form after a reload, so it starts from (and sends) the latest version.
            key={p.version}
            person={p}
            onCancel={() => setEditingSkills(false)}
            onSaved={() => {
              setEditingSkills(false);
              person.reload();
            }}
            onReload={person.reload}
          />
        ) : null}
        <TimeOffList
          timeOff={p.timeOff}
          mayChange={mayRecordTimeOff}
          onChanged={() => {
            person.reload();
            capacity.reload();
          }}
        />
        {mayRecordTimeOff ? (
          <TimeOffForm
            personId={p.id}
            onSaved={() => {
              person.reload();
              capacity.reload();
            }}
          />
        ) : null}
      </section>
      <section className="card chart-card" aria-labelledby="load-title">
        <div className="card__header">
          <h2 id="load-title">Load over the next 26 weeks</h2>
        </div>
        {capacity.data ? <PersonLoadChart row={capacity.data} /> : null}
      </section>
      <section className="card card--flush" aria-labelledby="alloc-title">
        <div className="card__header card__header--padded">
          <h2 id="alloc-title">Allocations</h2>
          {canWrite && !adding ? (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setAdding(true)}
            >
              + Allocate
            </button>
          ) : null}
        </div>
        {adding ? (
          <AllocationForm personId={p.id} programs={programs.data?.items ?? []} onSaved={reload} />
        ) : null}
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>On</th>
                <th>Amount</th>
                <th>From</th>
                <th>To</th>
                <th />
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {allocations.data?.items.map((a) => (
                <AllocationRow key={`${a.id}:${a.version}`} allocation={a} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="ladder-title">
        <div className="card__header">
          <h2 id="ladder-title">Career ladder</h2>
        </div>
        {assessments.problem ? (
          <p className="muted" role="status">
            {assessments.problem.code === 'forbidden'
              ? `${p.name}’s assessments and promotion readiness are visible to them, their managers, TPM managers and admins.`
              : assessments.problem.message}
          </p>
        ) : null}
        {assessments.data && ladder.data ? (
          <LadderPosition
            levels={ladder.data.levels}
            competencies={ladder.data.competencies}
            assessments={assessments.data}
          />
        ) : null}
        {assessments.data?.nextLevelId && ladder.data && assessKind ? (
          <AssessmentForm
            personId={p.id}
            levelId={assessments.data.nextLevelId}
            competencies={ladder.data.competencies}
            kind={assessKind}
            onSaved={assessments.reload}
          />
        ) : null}
      </section>
    </div>
  );
}
