import './governance-sections.css';
import { AssumptionsSection } from './assumptions-section';
import { ChangeRequestsSection } from './change-requests-section';
import { DecisionsSection } from './decisions-section';
import type { GovernanceScope } from './governance-scope';
import { RiskRegisterSection } from './risk-register-section';
import { RaidDependenciesSection } from './raid-dependencies-section';
import { RaidIssuesSection } from './raid-issues-section';

/**
 * The registers, in RAID order, then decisions and change requests. Each section lives
 * in its own file and takes the scope: one program, or the whole portfolio.
 */
export function GovernanceSections({ scope }: { scope: GovernanceScope }) {
  return (
    <div className="governance-sections" data-scope={scope.programId ?? 'portfolio'}>
      <RiskRegisterSection scope={scope} />
      <AssumptionsSection scope={scope} />
      <RaidIssuesSection scope={scope} />
      <RaidDependenciesSection scope={scope} />
      <DecisionsSection scope={scope} />
      <ChangeRequestsSection scope={scope} />
    </div>
  );
}
