import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { ProgramNotFound } from '../not-found.page';
import { CalendarsSection } from '../program-calendars/calendars-section';
import { MembersPanel } from '../program-members/members-panel';
import { useProgramAccess } from '../program-members/use-program-access';
import { ProgramObjectivesCard } from '../okrs/program-objectives-card';
import { DependenciesSection } from './dependencies-section';
import { MilestonesSection } from './milestones-section';
import { PlanContext, type PlanContextValue } from './plan-context';
import { ProgramHeader } from './program-header';
import { TaskProgressChart } from './task-progress-chart';
import { TasksSection } from './tasks-section';
import { WorkstreamsSection } from './workstreams-section';

/** One program's plan: header, progress chart, workstreams, milestones, tasks, dependencies and calendars. */
export function ProgramDetailPage() {
  const { programId = '' } = useParams();
  const { user } = useCurrentUser();
  const access = useProgramAccess(programId);
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    programId,
  );
  const calendars = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/calendars', { params: { path: { id: programId } } })).then(
        (r) => r.items,
      ),
    `calendars:${programId}`,
  );
  // Everyone may read the people list; it fills the owner pickers.
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');
  // A link to an item (#item-<id>, from the schedule's warnings) lands on it once the plan is drawn.
  const { hash } = useLocation();
  const loaded = Boolean(plan.data);
  useEffect(() => {
    if (!loaded || !hash.startsWith('#item-')) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [loaded, hash]);

  if (plan.problem && !plan.data) {
    if (plan.problem.code === 'not_found') return <ProgramNotFound />;
    return (
      <div className="page">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/programs">Programs</Link>
        </nav>
        <FormAlert messages={[plan.problem.message]} onReload={plan.reload} />
      </div>
    );
  }
  if (!plan.data) {
    return (
      <div className="page">
        <p className="muted" role="status">
          Loading program…
        </p>
      </div>
    );
  }

  const context: PlanContextValue = {
    plan: plan.data,
    people: people.data ?? [],
    canWrite: access.canEdit,
    reload: plan.reload,
    calendars: calendars.data ?? [],
    reloadCalendars: calendars.reload,
  };
  return (
    <PlanContext.Provider value={context}>
      <div className="page">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/programs">Programs</Link>
          <span aria-hidden="true">/</span>
          <span aria-current="page">{plan.data.program.name}</span>
        </nav>
        <ProgramHeader program={plan.data.program} access={access} />
        <div className="detail-grid">
          <TaskProgressChart />
          <WorkstreamsSection />
        </div>
        <MilestonesSection />
        <TasksSection />
        <DependenciesSection />
        <CalendarsSection />
        <ProgramObjectivesCard programId={programId} />
        <MembersPanel
          programId={programId}
          access={access}
          people={people.data ?? []}
          currentUserId={user.id}
        />
      </div>
    </PlanContext.Provider>
  );
}
