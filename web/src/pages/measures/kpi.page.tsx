import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { CalibrationChart } from './calibration-chart';
import { formatKpiValue, RAG_WORDS, ragTone, targetInWords } from './kpi-format';
import { KpiFilterBar } from './kpi-filter-bar';
import { useKpiFilters } from './kpi-filters';
import { KpiItemsTable } from './kpi-items-table';
import { KpiTargetForm } from './kpi-target-form';
import { KpiTrendChart } from './kpi-trend-chart';
import './measures.css';

/**
 * One KPI: its definition, value and companion figures, the trend per quarter
 * against the target, the items behind the value, the calibration chart for
 * forecast calibration, and the target editor for TPM managers and admins.
 */
export function KpiPage() {
  const { kpiId = '' } = useParams();
  const { user } = useCurrentUser();
  const filters = useKpiFilters();
  const [editing, setEditing] = useState(false);
  const detail = useLoad(
    () =>
      unwrap(api.GET('/api/kpis/{id}', { params: { path: { id: kpiId }, query: filters.query } })),
    `kpi:${kpiId}:${filters.search}`,
  );
  const mayEditTarget = user.role === 'tpm_manager' || user.role === 'admin';
  const kpi = detail.data;
  return (
    <div className="page measures-page">
      <p className="breadcrumb">
        <Link to={`/measures${filters.search}`}>Measures</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{kpi?.name ?? 'KPI'}</h1>
          {kpi ? (
            <p className="page-header__lead">
              From {formatDate(kpi.from)} to {formatDate(kpi.to)}
            </p>
          ) : null}
        </div>
      </header>
      <KpiFilterBar value={filters.values} onChange={filters.set} />
      {detail.problem ? <FormAlert messages={[detail.problem.message]} /> : null}
      {kpi ? (
        <>
          <section className="card" aria-labelledby="kpi-value-heading">
            <h2 id="kpi-value-heading" className="visually-hidden">
              Value
            </h2>
            <div className="kpi-detail__summary">
              <p className="kpi-card__value" data-testid="kpi-value">
                {formatKpiValue(kpi.value, kpi.unit)}
                <span className="kpi-card__count">
                  {' '}
                  of {kpi.count} {kpi.count === 1 ? 'item' : 'items'}
                </span>
              </p>
              <Badge tone={ragTone(kpi.rag)} dot>
                {RAG_WORDS[kpi.rag]}
              </Badge>
              <p className="kpi-card__target" data-testid="kpi-target">
                {targetInWords(kpi)}
                {kpi.target.updatedAt
                  ? `; set ${formatDate(kpi.target.updatedAt)}`
                  : '; the default'}
              </p>
              {mayEditTarget && !editing ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(true)}
                >
                  Change target
                </button>
              ) : null}
            </div>
            {editing ? (
              <KpiTargetForm
                kpi={kpi}
                onSaved={() => {
                  setEditing(false);
                  detail.reload();
                }}
                onCancel={() => setEditing(false)}
                onReload={detail.reload}
              />
            ) : null}
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
            {kpi.note ? <p className="kpi-card__note">{kpi.note}</p> : null}
            <h3 className="kpi-detail__definition-heading">Definition</h3>
            <p className="kpi-detail__definition">{kpi.definition}</p>
          </section>
          <div className="kpi-detail__charts">
            <section className="card" aria-labelledby="kpi-trend-heading">
              <h2 id="kpi-trend-heading">Per quarter</h2>
              <KpiTrendChart kpi={kpi} detailed />
            </section>
            {kpi.calibration ? (
              <section className="card" aria-labelledby="kpi-calibration-heading">
                <h2 id="kpi-calibration-heading">Calibration</h2>
                <CalibrationChart points={kpi.calibration} />
              </section>
            ) : null}
          </div>
          <section className="card" aria-labelledby="kpi-items-heading">
            <h2 id="kpi-items-heading">What it counts</h2>
            <KpiItemsTable items={kpi.items} unit={kpi.unit} />
          </section>
        </>
      ) : detail.loading ? (
        <p className="muted">Loading the KPI…</p>
      ) : null}
    </div>
  );
}
