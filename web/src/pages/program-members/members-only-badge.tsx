import { Badge } from '../../components/badge';
import './program-members.css';
import { VISIBILITY_HINT } from './access-vocabulary';

/** Marks a program that people outside its members cannot see. */
export function MembersOnlyBadge() {
  return (
    <span className="members-only" title={VISIBILITY_HINT.members}>
      <Badge tone="neutral">Members only</Badge>
    </span>
  );
}
