import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';

/** Programs that serve no objective of this quarter: work the OKRs do not explain. */
export function UnalignedProgramsCard() {
  const list = useLoad(
    () => unwrap(api.GET('/api/objectives/unaligned-programs')),
    'unaligned-programs',
  );
  if (!list.data) return null;
  return (
    <section className="card forecast-card" aria-labelledby="unaligned-heading">
      <h2 id="unaligned-heading">Programs aligned to no objective ({list.data.period})</h2>
      {list.data.items.length === 0 ? (
        <p className="muted">Every open program serves an objective of this quarter.</p>
      ) : (
        <ul aria-label="Programs aligned to no objective">
          {list.data.items.map((p) => (
            <li key={p.id}>
              <Link to={`/programs/${p.id}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
