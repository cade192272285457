import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Forecast, ForecastCreate } from '../../api/types';
import { FORECAST_LIMITS } from '../../../../contracts/forecast.schema';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { DecimalField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['iterations', 'seed', 'targetDate', 'rankCorrelation'];

/**
 * Iterations, an optional seed, target date and rank correlation; Run queues
 * the forecast job through `queue` (a program's or the portfolio's).
 */
export function RunForecastForm({
  queue,
  busy: running,
  onQueued,
  name = 'Run a forecast',
  submitLabel = 'Run forecast',
}: {
  queue(body: ForecastCreate): Promise<Forecast>;
  busy: boolean;
  onQueued(forecast: Forecast): void;
  name?: string;
  submitLabel?: string;
}) {
  const [iterations, setIterations] = useState('10000');
  const [seed, setSeed] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [rankCorrelation, setRankCorrelation] = useState('0');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const count = Number(iterations);
    const seedValue = seed.trim() === '' ? undefined : Number(seed);
    if (!Number.isInteger(count)) {
      setProblem(fieldProblem('iterations', 'Iterations must be a whole number'));
      return;
    }
    if (seedValue !== undefined && !Number.isInteger(seedValue)) {
      setProblem(fieldProblem('seed', 'Seed must be a whole number'));
      return;
    }
    // Its range is the API's to check (and to word); only a non-number is caught here.
    const rho = parseDecimal(rankCorrelation);
    if (rho !== null && Number.isNaN(rho)) {
      setProblem(fieldProblem('rankCorrelation', 'Rank correlation must be a number'));
      return;
    }
    await submit(async () => {
      const queued = await queue({
        iterations: count,
        ...(seedValue === undefined ? {} : { seed: seedValue }),
        ...(targetDate ? { targetDate } : {}),
        ...(rho === null ? {} : { rankCorrelation: rho }),
      });
      onQueued(queued);
    });
  }

  return (
    <form className="forecast-form" aria-label={name} onSubmit={handleSubmit} noValidate>
      <Field label="Iterations" name="iterations" error={problem.byField.iterations}>
        {(c) => (
          <input
            {...c}
            inputMode="numeric"
            value={iterations}
            onChange={(e) => setIterations(e.target.value)}
          />
        )}
      </Field>
      <Field label="Seed" name="seed" hint="Empty: a new random seed" error={problem.byField.seed}>
        {(c) => (
          <input
            {...c}
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
          />
        )}
      </Field>
      <Field label="Target date" name="targetDate" error={problem.byField.targetDate}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
          />
        )}
      </Field>
      <DecimalField
        label="Rank correlation"
        name="rankCorrelation"
        hint={`0 to ${FORECAST_LIMITS.maxRankCorrelation}: how much task durations slip together`}
        value={rankCorrelation}
        onChange={setRankCorrelation}
        error={problem.byField.rankCorrelation}
        inputProps={{ min: 0, max: FORECAST_LIMITS.maxRankCorrelation }}
      />
      <div className="forecast-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || running}>
          {running ? 'Running…' : submitLabel}
        </button>
      </div>
      <FormAlert messages={problem.general} />
    </form>
  );
}
