import type { KpiUnit } from '../../../contracts/kpi.schema.js';
import type { FieldFlag } from '../../fields.js';

/** The query flags `kpi list` and `kpi show` share; they mirror GET /api/kpis. */
export const KPI_QUERY_FLAGS: readonly FieldFlag[] = [
  {
    field: 'from',
    description: 'first day of the period, YYYY-MM-DD (default: four fiscal quarters back)',
  },
  { field: 'to', description: 'last day of the period, YYYY-MM-DD (default: today)' },
  { field: 'programId', flag: 'program', description: 'only this program' },
  { field: 'personId', flag: 'person', description: 'only the programs this person owns, or "me"' },
  { field: 'teamId', flag: 'team', description: 'only the programs owned by this team’s members' },
];

/** A KPI value as people read it: shares in percent, scores with two decimals. */
export function kpiValueText(value: number | null, unit: KpiUnit): string {
  if (value === null) return '—';
  switch (unit) {
    case 'share':
      return `${Math.round(value * 1000) / 10}%`;
    case 'score':
      return value.toFixed(2);
    case 'hours':
      return `${Math.round(value * 10) / 10} h`;
    case 'days':
      return `${Math.round(value * 10) / 10} d`;
    case 'count':
      return String(Math.round(value * 100) / 100);
  }
}
