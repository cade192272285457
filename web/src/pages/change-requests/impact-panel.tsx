import { MONEY_HIDDEN_TEXT } from '../../api/use-money-sight';
import {
  formatDate,
  formatDateTime,
  formatHours,
  formatInstant,
  formatMoney,
} from '../../components/format';
import type { ChangeRequestImpact } from './change-request-types';
import { formatWorkingDayDelta } from './change-request-vocabulary';
import { PCurveChart } from './p-curve-chart';

/** A before/after row: the after is marked when the change makes it later. */
function DateRow({
  name,
  before,
  after,
  deltaWorkingDays,
  testId,
}: {
  name: string;
  before: string | null;
  after: string | null;
  deltaWorkingDays: number;
  testId?: string;
}) {
  const later = deltaWorkingDays > 0;
  return (
    <tr data-testid={testId}>
      <th scope="row">{name}</th>
      <td>{formatDate(before)}</td>
      <td
        className={later ? 'cr-later' : undefined}
        data-testid={testId ? `${testId}-after` : undefined}
      >
        {formatDate(after)}
      </td>
      <td className={later ? 'cr-later' : deltaWorkingDays < 0 ? 'cr-earlier' : undefined}>
        {formatWorkingDayDelta(deltaWorkingDays)}
      </td>
    </tr>
  );
}

function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)} %`;
}

/** Money both sides, or why it is not shown (null is hidden from this reader, or not set). */
function money(value: number | null, currency: string, canSeeMoney: boolean | undefined) {
  if (value === null) return canSeeMoney === false ? MONEY_HIDDEN_TEXT : 'Not set';
  return formatMoney(value, currency);
}

/**
 * What the change would do, side by side with today's plan: dates, the P-curve, the
 * target, money, people and the critical path.
 */
export function ImpactPanel({
  impact,
  label,
  currency,
  canSeeMoney,
}: {
  impact: ChangeRequestImpact;
  label: string;
  currency: string;
  canSeeMoney: boolean | undefined;
}) {
  const cents = (amount: number | null) => (amount === null ? null : Math.round(amount * 100));
  return (
    <section className="card cr-impact" aria-labelledby="impact-heading" data-testid="impact">
      <h2 id="impact-heading">Impact</h2>
      <p className="cr-muted">
        {`Computed ${formatInstant(impact.computedAt)} with ${impact.forecast.iterations.toLocaleString('en')} Monte Carlo iterations (seed ${impact.forecast.seed}, the same for both sides).`}
      </p>
      <div className="cr-impact__grid">
        <div>
          <h3>Dates</h3>
          <table className="table" aria-label="Dates before and after">
            <thead>
              <tr>
                <th />
                <th>Today’s plan</th>
                <th>{`With ${label}`}</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              <DateRow
                name="Program finish"
                before={impact.finish.before}
                after={impact.finish.after}
                deltaWorkingDays={impact.finishDeltaWorkingDays}
                testId="impact-finish"
              />
              {impact.milestones.map((m) => (
                <DateRow key={m.id} {...m} />
              ))}
            </tbody>
          </table>
          <h3>Forecast</h3>
          <table className="table" aria-label="Forecast before and after">
            <thead>
              <tr>
                <th />
                <th>Today’s plan</th>
                <th>{`With ${label}`}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">P80 finish</th>
                <td>{formatDateTime(impact.p80.before)}</td>
                <td
                  className={
                    (impact.p80.after ?? '') > (impact.p80.before ?? '') ? 'cr-later' : undefined
                  }
                >
                  {formatDateTime(impact.p80.after)}
                </td>
              </tr>
              <tr>
                <th scope="row">
                  {impact.targetDate
                    ? `Chance of finishing by ${formatDate(impact.targetDate)}`
                    : 'Chance of meeting the target'}
                </th>
                {impact.targetDate ? (
                  <>
                    <td>{percent(impact.targetProbability.before)}</td>
                    <td>{percent(impact.targetProbability.after)}</td>
                  </>
                ) : (
                  <td colSpan={2}>The program has no target date.</td>
                )}
              </tr>
              <tr>
                <th scope="row">Plan cost</th>
                <td>{money(cents(impact.cost.before), currency, canSeeMoney)}</td>
                <td>{money(cents(impact.cost.after), currency, canSeeMoney)}</td>
              </tr>
              <tr>
                <th scope="row">Budget</th>
                <td>{money(impact.budget.before, currency, canSeeMoney)}</td>
                <td>{money(impact.budget.after, currency, canSeeMoney)}</td>
              </tr>
            </tbody>
          </table>
          {canSeeMoney === false ? (
            <p className="cr-muted">Cost and budget are shown to the program’s members only.</p>
          ) : null}
        </div>
        <div>
          <h3>Chance of finishing by each date</h3>
          <PCurveChart impact={impact} label={label} />
        </div>
      </div>
      <div className="cr-impact__grid">
        <div>
          <h3>People newly over-allocated</h3>
          {impact.overAllocations.length === 0 ? (
            <p className="empty">Nobody is newly over capacity.</p>
          ) : (
            <table className="table" aria-label="People newly over-allocated">
              <thead>
                <tr>
                  <th>Person</th>
                  <th>Week of</th>
                  <th>Load</th>
                  <th>Capacity</th>
                </tr>
              </thead>
              <tbody>
                {impact.overAllocations.map((o) => (
                  <tr key={`${o.personId}:${o.week}`}>
                    <td>{o.name}</td>
                    <td>{formatDate(o.week)}</td>
                    <td className="cr-later">{formatHours(o.hours)}</td>
                    <td>{formatHours(o.capacityHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3>Tasks that become critical</h3>
          {impact.newlyCritical.length === 0 ? (
            <p className="empty">No task joins the critical path.</p>
          ) : (
            <ul data-testid="newly-critical">
              {impact.newlyCritical.map((t) => (
                <li key={t.id}>{t.name}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
