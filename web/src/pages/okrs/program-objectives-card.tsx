import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { OkrScoreBar } from './okr-score-bar';
import { STATE_LABEL, STATE_TONE } from './okr-types';
import './okrs.css';

/** On a program's page: the objectives the program serves, newest quarter first. */
export function ProgramObjectivesCard({ programId }: { programId: string }) {
  const list = useLoad(
    () => unwrap(api.GET('/api/objectives', { params: { query: { programId } } })),
    `program-objectives:${programId}`,
  );
  const items = list.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="program-objectives-heading">
      <h2 id="program-objectives-heading">Objectives it serves</h2>
      {list.data && items.length === 0 ? (
        <p className="okr-muted">
          This program is aligned to no objective yet. <Link to="/okrs">Align it from OKRs</Link>.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="okr-tree" aria-label="Objectives this program serves">
          {items.map((o) => (
            <li key={o.id} className="okr-tree__row">
              <div className="okr-tree__title">
                <Link to={`/okrs/${o.id}`}>{o.title}</Link>
                <span className="okr-tree__owner">{o.period}</span>
              </div>
              <Badge tone={STATE_TONE[o.state]}>{STATE_LABEL[o.state]}</Badge>
              <div className="okr-tree__score">
                <OkrScoreBar score={o.score} label={`Score of ${o.title}`} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
