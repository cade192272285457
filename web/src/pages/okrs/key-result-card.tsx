import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, formatInstant, parseDecimal } from '../../components/format';
import { DecimalField, TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { OkrScoreBar } from './okr-score-bar';
import type { KeyResult } from './okr-types';

const BINDING_TEXT: Record<KeyResult['binding'], string> = {
  manual: 'Checked in by hand',
  kpi: 'Read from a KPI',
  milestones: 'Share of linked milestones achieved',
};

/** A check-in: how sure (1–10), a note, and for manual key results a new value. */
function CheckInForm({ kr, onDone }: { kr: KeyResult; onDone(): void }) {
  const form = useFormSubmission(['value', 'confidence', 'note']);
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState('7');
  const [note, setNote] = useState('');

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    await form.submit(async () => {
      await unwrap(
        api.POST('/api/key-results/{id}/check-ins', {
          params: { path: { id: kr.id } },
          body: {
            ...(kr.binding === 'manual' && value.trim() ? { value: parseDecimal(value) } : {}),
            confidence: Number(confidence),
            note: blankToNull(note),
          },
        }),
      );
      setValue('');
      setNote('');
      onDone();
    });
  }

  return (
    <form
      className="form"
      onSubmit={(ev) => void submit(ev)}
      aria-label={`Check in on ${kr.title}`}
    >
      <FormAlert messages={form.problem.general} />
      <div className="field-pair">
        {kr.binding === 'manual' ? (
          <DecimalField
            label="New value"
            name="value"
            value={value}
            onChange={setValue}
            hint={`From ${kr.startValue} towards ${kr.targetValue}`}
            error={form.problem.byField.value}
          />
        ) : null}
        <SelectField
          label="Confidence"
          name="confidence"
          value={confidence}
          onChange={setConfidence}
          hint="1: unlikely; 10: certain"
          error={form.problem.byField.confidence}
        >
          {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Note"
        name="note"
        value={note}
        onChange={setNote}
        error={form.problem.byField.note}
      />
      <div className="okr-actions">
        <button type="submit" className="button button--primary button--small" disabled={form.busy}>
          Check in
        </button>
      </div>
    </form>
  );
}

function CheckInHistory({ kr, generation }: { kr: KeyResult; generation: number }) {
  const history = useLoad(
    () => unwrap(api.GET('/api/key-results/{id}/check-ins', { params: { path: { id: kr.id } } })),
    `${kr.id}:${generation}`,
  );
  const items = history.data?.items ?? [];
  if (items.length === 0) return <p className="okr-muted">No check-ins yet.</p>;
  return (
    <ul className="okr-history" aria-label={`Check-ins of ${kr.title}`}>
      {items.map((c) => (
        <li key={c.id}>
          {formatInstant(c.at)} · {c.authorName ?? 'Someone'} · confidence {c.confidence}/10
          {c.value === null ? '' : ` · value ${c.value}`}
          {c.note ? ` · ${c.note}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A key result with its score, its check-in form and its history. */
export function KeyResultCard({
  kr,
  editable,
  onChanged,
}: {
  kr: KeyResult;
  editable: boolean;
  onChanged(): void;
}) {
  const [generation, setGeneration] = useState(0);
  return (
    <section className="card" aria-label={kr.title} data-testid="key-result">
      <div className="okr-kr">
        <div>
          <h3>{kr.title}</h3>
          <p className="okr-kr__values">
            {kr.currentValue ?? '—'} of {kr.targetValue}
            {kr.unit ? ` ${kr.unit}` : ''} (from {kr.startValue}) · {BINDING_TEXT[kr.binding]}
            {kr.kpiId ? ` (${kr.kpiId})` : ''}
            {kr.confidence === null ? '' : ` · confidence ${kr.confidence}/10`}
          </p>
        </div>
        <OkrScoreBar score={kr.score} label={`Score of ${kr.title}`} />
      </div>
      {editable ? (
        <CheckInForm
          kr={kr}
          onDone={() => {
            setGeneration((g) => g + 1);
            onChanged();
          }}
        />
      ) : null}
      <CheckInHistory kr={kr} generation={generation} />
    </section>
  );
}
