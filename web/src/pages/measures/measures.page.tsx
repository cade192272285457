import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { formatKpiValue, RAG_WORDS, ragTone, targetInWords } from './kpi-format';
import { KpiFilterBar } from './kpi-filter-bar';
import { useKpiFilters } from './kpi-filters';
import { KpiTrendChart } from './kpi-trend-chart';
import type { KpiSummary } from './kpi-types';
import './measures.css';

/**
 * The organization's KPIs over the programs the reader can see: a card per KPI
 * with its value against its target, the trend per fiscal quarter and what the
 * value leaves out. The filters live in the URL so a view can be shared.
 */
export function MeasuresPage() {
  const filters = useKpiFilters();
  const list = useLoad(
    () => unwrap(api.GET('/api/kpis', { params: { query: filters.query } })),
    `kpis:${filters.search}`,
  );
  return (
    <div className="page measures-page">
      <header className="page-header">
        <div>
          <h1>Measures</h1>
          <p className="page-header__lead">
            How the organization is doing, computed from its own data: delivery, intake, forecasts
            and capacity, each against its target.
          </p>
        </div>
        <nav className="measures-links" aria-label="Other measures">
          <Link className="button" to="/surveys">
            Satisfaction surveys
          </Link>
          <Link className="button" to="/okrs">
            OKRs
          </Link>
        </nav>
      </header>
      <KpiFilterBar value={filters.values} onChange={filters.set} />
      {list.problem ? <FormAlert messages={[list.problem.message]} /> : null}
      {list.data ? (
        <>
          <p className="muted measures-period">
            From {formatDate(list.data.from)} to {formatDate(list.data.to)}
          </p>
          <ul className="kpi-grid" aria-label="KPIs">
            {list.data.items.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} search={filters.search} />
            ))}
          </ul>
        </>
      ) : list.loading ? (
        <p className="muted">Loading the KPIs…</p>
      ) : null}
    </div>
  );
}

function KpiCard({ kpi, search }: { kpi: KpiSummary; search: string }) {
  return (
    <li className="card kpi-card" data-kpi={kpi.id}>
      <div className="kpi-card__head">
        <h2 className="kpi-card__name">
          <Link to={`/measures/${kpi.id}${search}`}>{kpi.name}</Link>
        </h2>
        <Badge tone={ragTone(kpi.rag)} dot>
          {RAG_WORDS[kpi.rag]}
        </Badge>
      </div>
      <p className="kpi-card__value" data-testid={`kpi-value-${kpi.id}`}>
        {formatKpiValue(kpi.value, kpi.unit)}
        <span className="kpi-card__count">
          {' '}
          of {kpi.count} {kpi.count === 1 ? 'item' : 'items'}
        </span>
      </p>
      <p className="kpi-card__target">{targetInWords(kpi)}</p>
      {kpi.figures.length > 0 ? (
        <dl className="kpi-card__figures">
          {kpi.figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{formatKpiValue(f.value, f.unit)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <KpiTrendChart kpi={kpi} />
      {kpi.note ? <p className="kpi-card__note">{kpi.note}</p> : null}
    </li>
  );
}
