import { useState, type FormEvent } from 'react';
import type { ImportJob, ImportWarning, Program } from '../../api/types';
import { api, ApiProblem, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ProgressBar } from '../../components/progress-bar';

type PlanFormat = 'mspdi' | 'yaml' | 'csv';

const FORMAT_OF_EXTENSION: Record<string, PlanFormat> = {
  xml: 'mspdi',
  yaml: 'yaml',
  yml: 'yaml',
  csv: 'csv',
};
const CONTENT_TYPE: Record<PlanFormat, string> = {
  mspdi: 'application/xml',
  yaml: 'application/yaml',
  csv: 'text/csv',
};

const POLL_MS = 500;

const PHASE_TEXT: Record<ImportJob['progress']['phase'], string> = {
  queued: 'Waiting to start',
  reading: 'Reading the file',
  writing: 'Writing the program',
  finished: 'Finished',
};

/** A large file's background import, polled until it ends; its progress shown meanwhile. */
async function untilImported(first: ImportJob, show: (job: ImportJob) => void): Promise<ImportJob> {
  let job = first;
  for (;;) {
    show(job);
    if (job.status === 'succeeded') return job;
    if (job.status === 'failed') {
      const error = job.error?.error;
      throw new ApiProblem(
        400,
        error?.code ?? 'internal_error',
        error?.message ?? 'The import failed.',
        error?.issues ?? [],
        undefined,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await unwrap(api.GET('/api/import-jobs/{id}', { params: { path: { id: job.id } } }));
  }
}

/**
 * A new program from a plan file (MS Project XML, Waymark YAML or CSV). All or
 * nothing: a bad file writes nothing and every problem is listed by line and field.
 */
export function ImportPlanForm({
  onImported,
  onCancel,
}: {
  /** With what the file carried that the program could not keep as it was. */
  onImported(program: Program, warnings: ImportWarning[]): void;
  onCancel(): void;
}) {
  const [file, setFile] = useState<File>();
  const [name, setName] = useState('');
  const [format, setFormat] = useState<PlanFormat>('mspdi');
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [job, setJob] = useState<ImportJob>();

  function choose(next: File | undefined) {
    setFile(next);
    if (!next) return;
    const ext = next.name.split('.').pop()?.toLowerCase() ?? '';
    if (FORMAT_OF_EXTENSION[ext]) setFormat(FORMAT_OF_EXTENSION[ext]);
    if (!name) setName(next.name.replace(/\.[^.]+$/, ''));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(file ? [] : ['File: choose a plan file.']),
      ...(name.trim() ? [] : ['Name: the new program needs a name.']),
    ];
    setMessages(problems);
    if (problems.length > 0 || !file) return;
    setBusy(true);
    try {
      const text = await file.text();
      const answer = await api.POST('/api/programs/import', {
        params: { query: { format, name: name.trim() } },
        body: text,
        bodySerializer: (body: string) => body,
        headers: { 'content-type': CONTENT_TYPE[format] },
      });
      // 201: the program; 202: a large file, imported by a background job.
      const created = await unwrap(Promise.resolve(answer));
      if (answer.response.status !== 202) {
        const { importWarnings, ...program } = created as Program & {
          importWarnings: ImportWarning[];
        };
        return onImported(program, importWarnings);
      }
      const finished = await untilImported(created as ImportJob, setJob);
      onImported(
        await unwrap(
          api.GET('/api/programs/{id}', { params: { path: { id: finished.programId! } } }),
        ),
        finished.warnings,
      );
    } catch (error) {
      const problem = asProblem(error);
      setMessages(
        problem.issues.length > 0 ? problem.issues.map((i) => i.message) : [problem.message],
      );
    } finally {
      setBusy(false);
      setJob(undefined);
    }
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="import-plan-title"
    >
      <div className="card__header">
        <h2 id="import-plan-title">Import a plan</h2>
        <p className="muted">
          MS Project XML (MSPDI), a Waymark plan file (YAML) or CSV with WBS, durations and
          predecessors such as <code>3FS+2d</code>. Nothing is created if any row is wrong.
        </p>
      </div>
      <FormAlert messages={messages} />
      {job && (
        <div className="field" aria-live="polite">
          <span className="field__label">
            {PHASE_TEXT[job.progress.phase]}: a large file is imported in the background
          </span>
          <ProgressBar
            label="Import progress"
            done={job.progress.done}
            total={job.progress.total}
            valueText={`${PHASE_TEXT[job.progress.phase]}, ${job.progress.done} of ${job.progress.total} ${job.progress.phase === 'reading' ? 'rows' : 'items'}`}
            text={`${job.progress.done.toLocaleString()} / ${job.progress.total.toLocaleString()}`}
          />
        </div>
      )}
      <div className="form-grid form-grid--3">
        <label className="field">
          <span className="field__label">File</span>
          <input
            type="file"
            aria-label="Plan file"
            accept=".xml,.yaml,.yml,.csv"
            onChange={(e) => choose(e.target.files?.[0])}
          />
        </label>
        <label className="field">
          <span className="field__label">Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as PlanFormat)}>
            <option value="mspdi">MS Project XML</option>
            <option value="yaml">Waymark plan file (YAML)</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">New program name</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
