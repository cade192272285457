import { useState, type FormEvent } from 'react';
import type { paths } from '../../../../contracts/api-client';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';

type Preview =
  paths['/api/programs/{id}/import/preview']['post']['responses'][200]['content']['application/json'];
type KindChanges = Preview['tasks'];
type FieldChange = KindChanges['changed'][number]['changes'][number];
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
const KINDS = [
  ['tasks', 'Tasks'],
  ['milestones', 'Milestones'],
  ['dependencies', 'Links'],
  ['workstreams', 'Workstreams'],
  ['calendars', 'Calendars'],
] as const;

const shown = (v: FieldChange['from']) => (v === null ? '(none)' : String(v));
const changeText = (c: FieldChange) =>
  c.field === 'week' ? 'working week changes' : `${c.field}: ${shown(c.from)} → ${shown(c.to)}`;

function nothingToApply(p: Preview): boolean {
  return (
    p.program.changes.length === 0 &&
    KINDS.every(([k]) => p[k].added.length + p[k].changed.length + p[k].removed.length === 0)
  );
}

/** One kind's added / changed / removed items, each a list item (text only: never HTML from data). */
function KindList({ title, changes }: { title: string; changes: KindChanges }) {
  const total = changes.added.length + changes.changed.length + changes.removed.length;
  if (total === 0) return null;
  return (
    <section className="plan-update__kind" aria-label={title}>
      <h3>
        {title}: {changes.added.length} added, {changes.changed.length} changed,{' '}
        {changes.removed.length} removed
      </h3>
      <ul>
        {changes.added.map((i, n) => (
          <li key={`a${n}`}>
            <strong>Added</strong> {i.name}
            {i.uid !== null ? ` (UID ${i.uid})` : ''}
          </li>
        ))}
        {changes.changed.map((i, n) => (
          <li key={`c${n}`}>
            <strong>Changed</strong> {i.name}: {i.changes.map(changeText).join('; ')}
          </li>
        ))}
        {changes.removed.map((i, n) => (
          <li key={`r${n}`}>
            <strong>Removed</strong> {i.name}
            {i.uid !== null ? ` (UID ${i.uid})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Updating the program from its plan file (matched by UID): choose the file, see
 * what it would change, then apply exactly that (at the version previewed).
 */
export function PlanUpdateFromFile({
  programId,
  onApplied,
}: {
  programId: string;
  onApplied(): void;
}) {
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<PlanFormat>('mspdi');
  const [preview, setPreview] = useState<Preview>();
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [done, setDone] = useState('');

  function choose(next: File | undefined) {
    setFile(next);
    setPreview(undefined);
    setDone('');
    setMessages([]);
    const ext = next?.name.split('.').pop()?.toLowerCase() ?? '';
    if (FORMAT_OF_EXTENSION[ext]) setFormat(FORMAT_OF_EXTENSION[ext]);
  }

  function problem(error: unknown) {
    const p = asProblem(error);
    setMessages(p.issues.length > 0 ? p.issues.map((i) => i.message) : [p.message]);
  }

  async function handlePreview(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (!file) return setMessages(['File: choose the plan file to update the program from.']);
    setBusy(true);
    setMessages([]);
    try {
      setPreview(
        await unwrap(
          api.POST('/api/programs/{id}/import/preview', {
            params: { path: { id: programId }, query: { format } },
            body: await file.text(),
            bodySerializer: (body: string) => body,
            headers: { 'content-type': CONTENT_TYPE[format] },
          }),
        ),
      );
    } catch (error) {
      setPreview(undefined);
      problem(error);
    } finally {
      setBusy(false);
    }
  }

  async function handleApply() {
    if (!file || !preview) return;
    setBusy(true);
    setMessages([]);
    try {
      const applied = await unwrap(
        api.POST('/api/programs/{id}/import/apply', {
          params: {
            path: { id: programId },
            query: { format, programVersion: preview.programVersion },
          },
          body: await file.text(),
          bodySerializer: (body: string) => body,
          headers: { 'content-type': CONTENT_TYPE[format] },
        }),
      );
      const t = applied.applied.tasks;
      setDone(
        `Applied. Tasks: ${t.added} added, ${t.changed} changed, ${t.removed} removed; the plan is up to date.`,
      );
      setPreview(undefined);
      onApplied();
    } catch (error) {
      problem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card plan-update" aria-labelledby="plan-update-title">
      <h2 id="plan-update-title">Update from file</h2>
      <p className="muted">
        Bring back a file exported from this program and edited (in MS Project, as YAML or CSV):
        items are matched by their UID. You see what it changes before anything is written; items
        made here without a UID are left alone.
      </p>
      <form className="plan-update__form" onSubmit={handlePreview}>
        <label>
          Plan file{' '}
          <input
            type="file"
            accept=".xml,.yaml,.yml,.csv"
            onChange={(e) => choose(e.target.files?.[0])}
          />
        </label>
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as PlanFormat)}>
            <option value="mspdi">MS Project XML</option>
            <option value="yaml">Waymark plan file (YAML)</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <button type="submit" className="button button--small" disabled={busy}>
          Preview the update
        </button>
      </form>
      <FormAlert messages={messages} />
      {done ? (
        <p role="status" className="plan-update__done">
          {done}
        </p>
      ) : null}
      {preview ? (
        <div className="plan-update__preview" aria-label="Changes from the file">
          {preview.program.changes.length > 0 ? (
            <p>Program: {preview.program.changes.map(changeText).join('; ')}</p>
          ) : null}
          {KINDS.map(([key, title]) => (
            <KindList key={key} title={title} changes={preview[key]} />
          ))}
          {nothingToApply(preview) ? (
            <p role="status">Nothing to change: the program already matches the file.</p>
          ) : null}
          {preview.tasks.kept + preview.milestones.kept > 0 ? (
            <p className="muted">
              Left alone (made here, no UID): {preview.tasks.kept} tasks, {preview.milestones.kept}{' '}
              milestones.
            </p>
          ) : null}
          {preview.warnings.length > 0 ? (
            <section aria-label="Warnings">
              <h3>Warnings</h3>
              <ul>
                {preview.warnings.map((w, n) => (
                  <li key={n}>
                    {w.at} {w.field}: {w.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {nothingToApply(preview) ? null : (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void handleApply()}
            >
              Apply these changes
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
