import { DecisionsSection } from './decisions-section';
import type { GovernanceScope } from './governance-scope';

/**
 * The registers, in RAID order, then decisions and change requests. Each section lives
 * in its own file and takes the scope: one program, or the whole portfolio.
 */
export function GovernanceSections({ scope }: { scope: GovernanceScope }) {
  return (
    <div className="governance-sections" data-scope={scope.programId ?? 'portfolio'}>
      {/* sections: risks */}
      {/* sections: assumptions */}
      {/* sections: issues */}
      {/* sections: dependencies */}
      <DecisionsSection scope={scope} />
      {/* sections: change requests */}
    </div>
  );
}
