import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Program } from '../../api/types';
import { MONEY_HIDDEN_TEXT, useMoneySight } from '../../api/use-money-sight';
import { HEALTH_LABEL, STATUS_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { HEALTH_TONE, STATUS_TONE } from '../../components/badge-tones';
import { formatDate, formatMoney } from '../../components/format';
import { ProgressBar } from '../../components/progress-bar';
import { useCurrentUser } from '../../session/session-context';
import { AccessNote } from '../program-members/access-note';
import { MembersOnlyBadge } from '../program-members/members-only-badge';
import type { ProgramAccessState } from '../program-members/use-program-access';
import { EditProgramForm } from './edit-program-form';
import { usePlan } from './plan-context';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProgramHeader({
  program,
  access,
}: {
  program: Program;
  access: ProgramAccessState;
}) {
  const { canWrite } = usePlan();
  const { user } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const seesMoney = useMoneySight(program.id);
  if (editing) return <EditProgramForm program={program} onDone={() => setEditing(false)} />;
  return (
    <header className="card program-header" data-testid="program-header">
      <div className="program-header__top">
        <div>
          <h1>{program.name}</h1>
          {program.summary ? <p className="program-header__summary">{program.summary}</p> : null}
          {access.known ? <AccessNote access={access} accountRole={user.role} /> : null}
        </div>
        <div className="program-header__badges">
          {program.visibility === 'members' ? <MembersOnlyBadge /> : null}
          <Badge tone={STATUS_TONE[program.status]}>{STATUS_LABEL[program.status]}</Badge>
          <Badge tone={HEALTH_TONE[program.health]} dot>
            {HEALTH_LABEL[program.health]}
          </Badge>
          <Link className="button button--small" to={`/programs/${program.id}/schedule`}>
            Schedule
          </Link>
          <Link className="button button--small" to={`/programs/${program.id}/forecast`}>
            Forecast
          </Link>
          <Link className="button button--small" to={`/programs/${program.id}/governance`}>
            Governance
          </Link>
          <Link className="button button--small" to={`/programs/${program.id}/reports`}>
            Status reports
          </Link>
          <Link className="button button--small" to={`/programs/${program.id}/post-mortems`}>
            Post-mortems
          </Link>
          {access.canReadAudit ? (
            <Link className="button button--small" to={`/programs/${program.id}/audit`}>
              Audit log
            </Link>
          ) : null}
          {canWrite ? (
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Edit program
            </button>
          ) : null}
        </div>
      </div>
      <dl className="facts">
        <Fact label="Owner">{program.ownerName ?? <span className="muted">Unassigned</span>}</Fact>
        <Fact label="Sponsor">{program.sponsor || <span className="muted">—</span>}</Fact>
        <Fact label="Start">{formatDate(program.startDate)}</Fact>
        <Fact label="Target">{formatDate(program.targetDate)}</Fact>
        <Fact label="Status date">
          {/* Not the browser's today: the program's clock (its time zone) decides which day it is. */}
          <span data-testid="program-status-date">
            {program.statusDate ? (
              formatDate(program.statusDate)
            ) : (
              <span className="muted" title="Today on the program's clock">
                Today
              </span>
            )}
          </span>
        </Fact>
        <Fact label="Budget">
          <span data-testid="program-budget">
            {seesMoney === false ? (
              <span className="muted" title="Budgets and costs are shown to the program’s members">
                {MONEY_HIDDEN_TEXT}
              </span>
            ) : (
              formatMoney(program.budgetCents, program.currency)
            )}
          </span>
        </Fact>
        <Fact label="Progress">
          <ProgressBar done={program.doneTaskCount} total={program.taskCount} label="Tasks done" />
        </Fact>
      </dl>
    </header>
  );
}
