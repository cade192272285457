import { AssumptionsSection } from './assumptions-section';
import { ChangeRequestsSection } from './change-requests-section';
import type { GovernanceScope } from './governance-scope';
import { RaidDependenciesSection } from './raid-dependencies-section';
import { RaidIssuesSection } from './raid-issues-section';

/**
 * The registers, in RAID order, then decisions and change requests. Each section lives
 * in its own file and takes the scope: one program, or the whole portfolio.
 */
export function GovernanceSections({ scope }: { scope: GovernanceScope }) {
  return (
    <div className="governance-sections" data-scope={scope.programId ?? 'portfolio'}>
      {/* sections: risks */}
      <AssumptionsSection scope={scope} />
      <RaidIssuesSection scope={scope} />
      <RaidDependenciesSection scope={scope} />
      {/* sections: decisions */}
      <ChangeRequestsSection scope={scope} />
    </div>
  );
}
