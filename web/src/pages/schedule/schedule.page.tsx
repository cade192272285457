import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ScheduleItem } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { useProgramAccess } from '../program-members/use-program-access';
import { ImportWarningsNotice } from '../programs/import-warnings';
import { Gantt } from './gantt';
import { ganttForecastOf } from './gantt-forecast';
import {
  buildRows,
  drivingPath,
  formatLocal,
  formatWorkDays,
  ZOOMS,
  type Zoom,
} from './gantt-model';
import { BaselineActions, SaveBaseline } from './baseline-tools';
import { PlanExport } from './plan-export';
import { PlanUpdateFromFile } from './plan-update-from-file';
import { ScheduleDiagnostics } from './schedule-diagnostics';
import { StatusDate } from './status-date-form';
import { ResourceView } from './resource-view';
import { VarianceTable } from './variance-table';

const ZOOM_LABEL: Record<Zoom, string> = { day: 'Day', week: 'Week', month: 'Month' };

/** A program's schedule: the Gantt, baselines and the variance against one of them. */
export function SchedulePage() {
  const { programId = '' } = useParams();
  // What the server lets this person do here: a viewer or non-member sees no edit controls.
  const { canEdit: canWrite } = useProgramAccess(programId);
  const [zoom, setZoom] = useState<Zoom>('week');
  // The chosen baseline is in the URL, so a reload or a shared link shows the same comparison.
  const [search, setSearch] = useSearchParams();
  const baselineId = search.get('baseline') ?? '';
  const setBaselineId = (id: string) => setSearch(id ? { baseline: id } : {}, { replace: true });
  const [milestoneId, setMilestoneId] = useState<string>();

  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    programId,
  );
  const schedule = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/schedule', { params: { path: { id: programId } } })),
    programId,
  );
  const baselines = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/baselines', { params: { path: { id: programId } } })).then(
        (r) => r.items,
      ),
    programId,
  );
  const baseline = useLoad(
    () =>
      baselineId
        ? unwrap(api.GET('/api/baselines/{id}', { params: { path: { id: baselineId } } }))
        : Promise.resolve(undefined),
    `baseline:${baselineId}`,
  );
  const computedAt = schedule.data?.computedAt ?? '';
  const comparison = useLoad(
    () =>
      baselineId && computedAt
        ? unwrap(
            api.GET('/api/programs/{id}/baselines/compare', {
              params: { path: { id: programId }, query: { from: baselineId, to: 'current' } },
            }),
          )
        : Promise.resolve(undefined),
    `compare:${baselineId}:${computedAt}`,
  );

  // The latest succeeded forecast, drawn on the Gantt (P-dates, criticality shading).
  const forecast = useLoad(async () => {
    const history = await unwrap(
      api.GET('/api/programs/{id}/forecasts', { params: { path: { id: programId } } }),
    );
    const latest = history.items.find((f) => f.status === 'succeeded');
    if (!latest) return undefined;
    const full = await unwrap(
      api.GET('/api/forecasts/{id}', { params: { path: { id: latest.id } } }),
    );
    return full.result ? ganttForecastOf(full.result) : undefined;
  }, `forecast:${programId}`);

  const rows = useMemo(
    () => (plan.data && schedule.data ? buildRows(plan.data, schedule.data.items) : []),
    [plan.data, schedule.data],
  );
  const byId = useMemo(
    () => new Map<string, ScheduleItem>((schedule.data?.items ?? []).map((i) => [i.id, i])),
    [schedule.data],
  );
  const path = useMemo(
    () => (milestoneId ? drivingPath(milestoneId, byId) : new Set<string>()),
    [milestoneId, byId],
  );
  const taskNames = useMemo(
    () => new Map((schedule.data?.items ?? []).map((i) => [i.id, i.name])),
    [schedule.data],
  );
  const baselineItems = useMemo(
    () =>
      baselineId && baseline.data
        ? new Map(baseline.data.schedule.items.map((i) => [i.id, i]))
        : undefined,
    [baseline.data, baselineId],
  );

  const problem = plan.problem ?? schedule.problem;
  const programName = plan.data?.program.name;
  const breadcrumb = (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <Link to="/programs">Programs</Link>
      <span aria-hidden="true">/</span>
      <Link to={`/programs/${programId}`}>{programName ?? 'Program'}</Link>
      <span aria-hidden="true">/</span>
      <span aria-current="page">Schedule</span>
    </nav>
  );
  if (problem && !(plan.data && schedule.data)) {
    return (
      <div className="page">
        {breadcrumb}
        <FormAlert
          messages={[
            problem.code === 'not_found'
              ? 'This program does not exist, was deleted, or is shown to its members only.'
              : problem.message,
          ]}
          onReload={
            problem.code === 'not_found'
              ? undefined
              : () => {
                  plan.reload();
                  schedule.reload();
                }
          }
        />
      </div>
    );
  }
  if (!plan.data || !schedule.data) {
    return (
      <div className="page">
        {breadcrumb}
        <p className="muted" role="status">
          Computing the schedule…
        </p>
      </div>
    );
  }

  const data = schedule.data;
  const critical = data.items.filter((i) => i.critical).length;
  const selectedMilestone = milestoneId ? byId.get(milestoneId) : undefined;
  const selectedBaseline = baselines.data?.find((b) => b.id === baselineId);

  return (
    <div className="page schedule-page">
      {breadcrumb}
      <header className="schedule-head">
        <div>
          <h1>{plan.data.program.name} — Schedule</h1>
          <p className="muted">
            Computed {formatInstant(data.computedAt)} · {data.items.length} items · {critical}{' '}
            critical
            {data.levelling ? ' · levelled' : ''}
          </p>
        </div>
        <dl className="schedule-facts">
          <div className="fact">
            <dt>Start</dt>
            <dd>{formatLocal(data.start)}</dd>
          </div>
          <StatusDate
            programId={programId}
            programVersion={plan.data.program.version}
            statusDate={plan.data.program.statusDate}
            effective={data.statusDate}
            canWrite={canWrite}
            onChanged={() => {
              plan.reload();
              schedule.reload();
            }}
          />
          <div className="fact">
            <dt>Program finish</dt>
            <dd data-testid="program-finish">{formatLocal(data.finish)}</dd>
          </div>
          {comparison.data ? (
            <div className="fact">
              <dt>Finish vs baseline</dt>
              <dd
                className={comparison.data.finishVarianceMinutes > 0 ? 'text-danger' : undefined}
                data-testid="finish-variance"
              >
                {formatWorkDays(comparison.data.finishVarianceMinutes)}
              </dd>
            </div>
          ) : null}
        </dl>
      </header>

      <ImportWarningsNotice />
      <ScheduleDiagnostics programId={programId} diagnostics={data.diagnostics} />
      {data.stale ? (
        <p className="notice" role="status" data-testid="schedule-stale">
          The plan changed since this schedule was computed; a background job is recomputing it.{' '}
          <button type="button" className="link-button" onClick={schedule.reload}>
            Check again
          </button>
        </p>
      ) : null}

      <section className="card schedule-card">
        <div className="schedule-toolbar" role="toolbar" aria-label="Schedule tools">
          <div className="segmented" role="group" aria-label="Zoom">
            {ZOOMS.map((z) => (
              <button
                key={z}
                type="button"
                className={`segmented__option${zoom === z ? ' is-active' : ''}`}
                aria-pressed={zoom === z}
                onClick={() => setZoom(z)}
              >
                {ZOOM_LABEL[z]}
              </button>
            ))}
          </div>
          <label className="schedule-toolbar__picker">
            <span>Baseline</span>
            <select
              value={baselineId}
              onChange={(e) => setBaselineId(e.target.value)}
              aria-label="Baseline"
            >
              <option value="">None</option>
              {(baselines.data ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name} · {formatLocal(b.finish)}
                </option>
              ))}
            </select>
          </label>
          {canWrite && selectedBaseline ? (
            <BaselineActions
              // A fresh set of buttons per baseline, so a half-typed rename never moves to another.
              key={selectedBaseline.id}
              baseline={selectedBaseline}
              onChanged={baselines.reload}
              onDeleted={() => {
                setBaselineId('');
                baselines.reload();
              }}
            />
          ) : null}
          {canWrite ? (
            <SaveBaseline
              programId={programId}
              onSaved={(id) => {
                baselines.reload();
                setBaselineId(id);
              }}
            />
          ) : null}
          <Legend hasBaseline={Boolean(baselineItems)} hasForecast={Boolean(forecast.data)} />
        </div>
        {selectedMilestone ? (
          <p className="schedule-path-note" role="status">
            Driving path to <strong>{selectedMilestone.name}</strong>: {path.size - 1} items.{' '}
            <button type="button" className="link-button" onClick={() => setMilestoneId(undefined)}>
              Clear
            </button>
          </p>
        ) : (
          <p className="schedule-path-note muted">
            Select a milestone to highlight the path that drives it.
          </p>
        )}
        {rows.length === 0 ? (
          <p className="empty">This program has no tasks or milestones to schedule yet.</p>
        ) : (
          <Gantt
            rows={rows}
            start={data.start}
            finish={data.finish}
            zoom={zoom}
            dependencies={plan.data.dependencies}
            baseline={baselineItems}
            path={path}
            selectedMilestoneId={milestoneId}
            onSelectMilestone={setMilestoneId}
            forecast={forecast.data}
            statusDate={data.statusDate}
          />
        )}
      </section>

      {baselineId && comparison.data ? <VarianceTable comparison={comparison.data} /> : null}

      <ResourceView
        programId={programId}
        programVersion={plan.data.program.version}
        schedule={data}
        taskNames={taskNames}
        canWrite={canWrite}
        onChanged={() => {
          plan.reload();
          schedule.reload();
        }}
      />
      <PlanExport programId={programId} programName={plan.data.program.name} />
      {canWrite ? (
        <PlanUpdateFromFile
          programId={programId}
          onApplied={() => {
            plan.reload();
            schedule.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function Legend({ hasBaseline, hasForecast }: { hasBaseline: boolean; hasForecast: boolean }) {
  return (
    <ul className="gantt-legend" aria-label="Legend">
      <li>
        <span className="gantt-legend__swatch gantt-legend__swatch--critical" /> Critical path
      </li>
      <li>
        <span className="gantt-legend__swatch" /> Task
      </li>
      <li>
        <span className="gantt-legend__swatch gantt-legend__swatch--progress" /> Work done
      </li>
      <li>
        <span className="gantt-legend__swatch gantt-legend__swatch--float" /> Float
      </li>
      <li>
        <span className="gantt-legend__diamond" /> Milestone
      </li>
      {hasBaseline ? (
        <li>
          <span className="gantt-legend__swatch gantt-legend__swatch--baseline" /> Baseline
        </li>
      ) : null}
      <li>
        <span className="gantt-legend__swatch gantt-legend__swatch--status" /> Status date
      </li>
      <li>
        <span className="gantt-legend__swatch gantt-legend__swatch--today" /> Now
      </li>
      {hasForecast ? (
        <li>
          <span className="gantt-legend__swatch gantt-legend__swatch--forecast" /> Forecast P50–P95
          (red tint: often critical)
        </li>
      ) : null}
    </ul>
  );
}
