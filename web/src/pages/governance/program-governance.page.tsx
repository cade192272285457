import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ProgramNotFound } from '../not-found.page';
import { GovernanceSections } from './governance-sections';

/**
 * One program's governance: its RAID log (risks, assumptions, issues, dependencies),
 * its decisions and its change requests. Each register is a section of its own file.
 */
export function ProgramGovernancePage() {
  const { programId = '' } = useParams();
  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    programId,
  );
  if (program.problem?.code === 'not_found') return <ProgramNotFound />;
  const name = program.data?.name;
  return (
    <div className="page" data-testid="program-governance">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}`}>{name ?? 'Program'}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Governance</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Governance</h1>
          <p className="page-header__lead">
            {`The RAID log, decisions and change requests of ${name ?? 'this program'}.`}
          </p>
        </div>
      </header>
      {program.problem ? (
        <FormAlert messages={[program.problem.message]} onReload={program.reload} />
      ) : null}
      {program.data ? <GovernanceSections scope={{ programId }} /> : null}
    </div>
  );
}
