import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { AuditEvents } from '../admin/audit-events';
import { ProgramNotFound } from '../not-found.page';
import { useProgramAccess } from './use-program-access';

/** One program's audit log, for its owners (and admins): the same table as /admin/audit. */
export function ProgramAuditPage() {
  const { programId = '' } = useParams();
  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    programId,
  );
  const access = useProgramAccess(programId);
  if (program.problem?.code === 'not_found') return <ProgramNotFound />;

  const name = program.data?.name;
  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}`}>{name ?? 'Program'}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Audit log</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-header__lead">
            {`Every change to ${name ?? 'this program'} and what is in it, newest first: who made it, when, and the values before and after.`}
          </p>
        </div>
      </header>
      {program.problem ? (
        <FormAlert messages={[program.problem.message]} onReload={program.reload} />
      ) : null}
      {access.canReadAudit ? (
        <AuditEvents key={programId} query={{ programId }} />
      ) : access.known ? (
        <FormAlert messages={['Only the program’s owners and admins can read its audit log.']} />
      ) : null}
    </div>
  );
}
