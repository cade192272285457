import type { ProgramAccess, ProgramMember } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap, type ApiProblem } from '../../api/waymark-api';

/** Until the server has answered, nothing is offered: a reader never meets a 403. */
const NOTHING_YET: ProgramAccess = {
  membership: null,
  canEdit: false,
  canManageMembers: false,
  canSeeMoney: false,
  canReadAudit: false,
};

export interface ProgramAccessState extends ProgramAccess {
  /** The program's owners, editors and viewers; empty until loaded. */
  members: ProgramMember[];
  /** True once the server has said what the caller may do. */
  known: boolean;
  problem: ApiProblem | undefined;
  reload(): void;
}

/**
 * What the signed-in person may do with one program, as the server decides it
 * (account role, membership and visibility together). Every program page asks
 * this one question, so the controls it shows are the requests that will succeed.
 */
export function useProgramAccess(programId: string): ProgramAccessState {
  const loaded = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/members', { params: { path: { id: programId } } })),
    `members:${programId}`,
  );
  return {
    ...(loaded.data?.you ?? NOTHING_YET),
    members: loaded.data?.items ?? [],
    known: loaded.data !== undefined,
    problem: loaded.problem,
    reload: loaded.reload,
  };
}
