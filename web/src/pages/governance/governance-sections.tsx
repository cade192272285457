import type { GovernanceScope } from './governance-scope';
import { RiskRegisterSection } from './risk-register-section';

/**
 * The registers, in RAID order, then decisions and change requests. Each section lives
 * in its own file and takes the scope: one program, or the whole portfolio.
 */
export function GovernanceSections({ scope }: { scope: GovernanceScope }) {
  return (
    <div className="governance-sections" data-scope={scope.programId ?? 'portfolio'}>
      <RiskRegisterSection scope={scope} />
      {/* sections: assumptions */}
      {/* sections: issues */}
      {/* sections: dependencies */}
      {/* sections: decisions */}
      {/* sections: change requests */}
    </div>
  );
}
