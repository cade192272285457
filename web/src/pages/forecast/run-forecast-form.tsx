import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Forecast } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['iterations', 'seed', 'targetDate'];

/** Iterations, an optional seed and target date; Run queues the forecast job. */
export function RunForecastForm({
  programId,
  busy: running,
  onQueued,
}: {
  programId: string;
  busy: boolean;
  onQueued(forecast: Forecast): void;
}) {
  const [iterations, setIterations] = useState('10000');
  const [seed, setSeed] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const count = Number(iterations);
    const seedValue = seed.trim() === '' ? undefined : Number(seed);
    if (!Number.isInteger(count)) {
      setProblem(fieldProblem('iterations', 'must be a whole number'));
      return;
    }
    if (seedValue !== undefined && !Number.isInteger(seedValue)) {
      setProblem(fieldProblem('seed', 'must be a whole number'));
      return;
    }
    await submit(async () => {
      const queued = await unwrap(
        api.POST('/api/programs/{id}/forecasts', {
          params: { path: { id: programId } },
          body: {
            iterations: count,
            ...(seedValue === undefined ? {} : { seed: seedValue }),
            ...(targetDate ? { targetDate } : {}),
          },
        }),
      );
      onQueued(queued);
    });
  }

  return (
    <form className="forecast-form" aria-label="Run a forecast" onSubmit={handleSubmit} noValidate>
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
      <div className="forecast-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || running}>
          {running ? 'Running…' : 'Run forecast'}
        </button>
      </div>
      <FormAlert messages={problem.general} />
    </form>
  );
}
