import { useEffect } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';

export interface Named {
  id: string;
  name: string;
}

/** What the RAID forms offer to link: people (owners), and the program's tasks, risks and teams. */
export interface RaidReferences {
  people: Named[];
  tasks: Named[];
  risks: Named[];
  teams: Named[];
  /** Whether the caller may write to the program (false for the portfolio: edit per program). */
  canWrite: boolean;
}

export function useRaidReferences(programId: string | undefined): RaidReferences {
  const key = programId ?? 'portfolio';
  const people = useLoad(
    () => unwrap(api.GET('/api/users')).then((r) => r.items.filter((u) => u.active)),
    'raid:people',
  );
  const plan = useLoad(
    () =>
      programId
        ? unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } }))
        : Promise.resolve(undefined),
    `raid:plan:${key}`,
  );
  const risks = useLoad(
    () =>
      programId
        ? unwrap(api.GET('/api/programs/{id}/risks', { params: { path: { id: programId } } })).then(
            (r) => r.items.map((x) => ({ id: x.id, name: x.title })),
          )
        : Promise.resolve([]),
    `raid:risks:${key}`,
  );
  const teams = useLoad(() => unwrap(api.GET('/api/teams')).then((r) => r.items), 'raid:teams');
  const access = useLoad(
    () =>
      programId
        ? unwrap(
            api.GET('/api/programs/{id}/members', { params: { path: { id: programId } } }),
          ).then((r) => r.you.canEdit)
        : Promise.resolve(false),
    `raid:access:${key}`,
  );
  // A risk raised from an assumption is offered to issues at once.
  useRaidChanges(risks.reload);
  return {
    people: people.data ?? [],
    tasks: plan.data?.tasks ?? [],
    risks: risks.data ?? [],
    teams: teams.data ?? [],
    canWrite: access.data ?? false,
  };
}

const RAID_CHANGED = 'waymark:raid-changed';

/** Says that a RAID register changed elsewhere on the page (an issue raised from an assumption). */
export function announceRaidChange(): void {
  window.dispatchEvent(new Event(RAID_CHANGED));
}

/** Reloads when another section says a register changed. */
export function useRaidChanges(reload: () => void): void {
  useEffect(() => {
    window.addEventListener(RAID_CHANGED, reload);
    return () => window.removeEventListener(RAID_CHANGED, reload);
  }, [reload]);
}
