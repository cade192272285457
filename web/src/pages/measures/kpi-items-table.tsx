import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { formatKpiValue } from './kpi-format';
import type { KpiItem, KpiUnit } from './kpi-types';

const COUNTS_WORDS: Record<KpiItem['counts'], string> = {
  good: 'Counts for',
  bad: 'Counts against',
  neutral: 'Counted',
};

/** Where an item lives in Waymark, when it has a page of its own. */
function pathOf(item: KpiItem): string | null {
  switch (item.kind) {
    case 'program':
      return `/programs/${item.id}`;
    case 'milestone':
      return item.programId ? `/programs/${item.programId}` : null;
    case 'request':
      return `/intake/requests/${item.id}`;
    case 'change_request':
      return item.programId ? `/programs/${item.programId}/change-requests/${item.id}` : null;
    case 'person':
      return `/team/people/${item.id}`;
    case 'survey_response':
      return null;
  }
}

/** The drill-down: every item behind the KPI's value, and why it counts as it does. */
export function KpiItemsTable({ items, unit }: { items: KpiItem[]; unit: KpiUnit }) {
  if (items.length === 0) return <p className="empty">Nothing was counted in this period.</p>;
  // Items of a share KPI are counted, not measured: no column of dashes.
  const hasValues = items.some((item) => item.value !== null);
  return (
    <div className="table-wrap">
      <table className="table kpi-items" aria-label="Items behind the value">
        <thead>
          <tr>
            <th>Item</th>
            <th>Program</th>
            <th>Date</th>
            {hasValues ? <th className="numeric">Value</th> : null}
            <th>Counts</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const path = pathOf(item);
            return (
              <tr key={`${item.kind}:${item.id}`}>
                <td>
                  {path ? <Link to={path}>{item.name}</Link> : item.name}
                  <div className="table__sub">{item.kind.replace('_', ' ')}</div>
                </td>
                <td>
                  {item.programId && item.programName ? (
                    <Link to={`/programs/${item.programId}`}>{item.programName}</Link>
                  ) : (
                    (item.programName ?? '—')
                  )}
                </td>
                <td>{formatDate(item.date)}</td>
                {hasValues ? (
                  <td className="numeric">
                    {item.value === null ? '—' : formatKpiValue(item.value, itemUnit(unit))}
                  </td>
                ) : null}
                <td className={`counts--${item.counts}`}>{COUNTS_WORDS[item.counts]}</td>
                <td>{item.detail}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A share KPI's items carry their own number (hours, days…), not a share: show it plain. */
function itemUnit(unit: KpiUnit): KpiUnit {
  return unit === 'share' ? 'count' : unit;
}
