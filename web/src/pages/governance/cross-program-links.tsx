import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { formatDate, formatLag } from '../../components/format';
import type { RaidDependencies } from './raid-types';

/** Plan links to and from other programs' items (the other program's side read-only here). */
export function CrossProgramLinks({ links }: { links: RaidDependencies['crossProgram'] }) {
  if (links.length === 0) return <p className="empty">No links to other programs’ plans.</p>;
  return (
    <table className="table" aria-label="Cross-program dependencies">
      <thead>
        <tr>
          <th>Direction</th>
          <th>Other program</th>
          <th>Their item</th>
          <th>Our item</th>
          <th>Link</th>
          <th>Their start</th>
          <th>Their finish</th>
        </tr>
      </thead>
      <tbody>
        {links.map((l) => (
          <tr key={`${l.dependencyId}:${l.direction}`} data-testid="cross-program-row">
            <td>
              <Badge tone={l.direction === 'upstream' ? 'violet' : 'blue'}>
                {l.direction === 'upstream' ? 'We wait on them' : 'They wait on us'}
              </Badge>
            </td>
            <td>
              <Link to={`/programs/${l.otherProgramId}/governance`}>{l.otherProgramName}</Link>
            </td>
            <td>{l.otherItemName}</td>
            <td>{l.itemName}</td>
            <td>
              {l.type}
              {l.lagMinutes ? ` ${formatLag(l.lagMinutes)}` : ''}
            </td>
            <td>{formatDate(l.otherItemStart)}</td>
            <td>{formatDate(l.otherItemFinish)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
