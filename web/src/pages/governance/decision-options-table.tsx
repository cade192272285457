import type { DecisionOption } from './decision-types';

/**
 * The options considered, side by side: one column per option, rows for what speaks
 * for and against each and what it costs; the chosen one is marked.
 */
export function DecisionOptionsTable({
  title,
  options,
  chosen,
}: {
  title: string;
  options: readonly DecisionOption[];
  chosen: number | null;
}) {
  if (options.length === 0) return <p className="empty">No options laid out.</p>;
  // Money in the major unit: cents shown as two decimals (30,000.50), whole amounts without.
  const cost = (o: DecisionOption) =>
    o.cost === null
      ? '—'
      : o.cost.toLocaleString(undefined, {
          minimumFractionDigits: Number.isInteger(o.cost) ? 0 : 2,
          maximumFractionDigits: 2,
        });
  return (
    <div className="table-wrap">
      <table className="table decision-options" aria-label={`Options of ${title}`}>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {options.map((o, i) => (
              <th
                key={i}
                scope="col"
                className={i === chosen ? 'decision-options__chosen' : undefined}
              >
                {o.name}
                {i === chosen ? ' (chosen)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Pros</th>
            {options.map((o, i) => (
              <td key={i}>{o.pros ?? '—'}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Cons</th>
            {options.map((o, i) => (
              <td key={i}>{o.cons ?? '—'}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Cost</th>
            {options.map((o, i) => (
              <td key={i} className="numeric">
                {cost(o)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
