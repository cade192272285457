import { Link } from 'react-router';
import type { Program } from '../../api/types';
import { HEALTH_LABEL, STATUS_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { HEALTH_TONE, STATUS_TONE } from '../../components/badge-tones';
import { formatDate } from '../../components/format';
import { ProgressBar } from '../../components/progress-bar';
import { MembersOnlyBadge } from '../program-members/members-only-badge';

/** A target date in the past on a program that is not finished is worth a second look. */
function isOverdue(program: Program, today: string): boolean {
  return (
    program.targetDate !== null &&
    program.targetDate < today &&
    program.status !== 'completed' &&
    program.status !== 'cancelled'
  );
}

export function ProgramTable({ programs }: { programs: Program[] }) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Program</th>
            <th scope="col">Status</th>
            <th scope="col">Health</th>
            <th scope="col">Owner</th>
            <th scope="col">Progress</th>
            <th scope="col">Target date</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.id}>
              <td className="table__primary">
                <Link to={`/programs/${p.id}`} className="table__title">
                  {p.name}
                </Link>
                {p.visibility === 'members' ? <MembersOnlyBadge /> : null}
                {p.summary ? <span className="table__sub">{p.summary}</span> : null}
              </td>
              <td>
                <Badge tone={STATUS_TONE[p.status]}>{STATUS_LABEL[p.status]}</Badge>
              </td>
              <td>
                <Badge tone={HEALTH_TONE[p.health]} dot>
                  {HEALTH_LABEL[p.health]}
                </Badge>
              </td>
              <td className="nowrap">{p.ownerName ?? <span className="muted">Unassigned</span>}</td>
              <td className="table__progress">
                <ProgressBar
                  done={p.doneTaskCount}
                  total={p.taskCount}
                  label={`Progress of ${p.name}`}
                />
              </td>
              <td className={`nowrap${isOverdue(p, today) ? ' overdue' : ''}`}>
                {formatDate(p.targetDate)}
                {isOverdue(p, today) ? <span className="visually-hidden"> (past due)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
