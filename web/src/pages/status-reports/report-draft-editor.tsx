import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Health, StatusReport } from './status-report-types';

const FIELDS = [
  'summary',
  'asks',
  'healthOverride',
  'healthOverride.health',
  'healthOverride.reason',
];

/** The TPM's words on a draft: the summary, the asks, and a health override with its reason. */
export function ReportDraftEditor({
  report,
  onSaved,
}: {
  report: StatusReport;
  onSaved(report: StatusReport): void;
}) {
  const [summary, setSummary] = useState(report.summary);
  const [asks, setAsks] = useState(report.asks);
  const [override, setOverride] = useState<Health | ''>(report.healthOverride?.health ?? '');
  const [reason, setReason] = useState(report.healthOverride?.reason ?? '');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const saved = await unwrap(
        api.PATCH('/api/status-reports/{id}', {
          params: { path: { id: report.id } },
          body: {
            version: report.version,
            summary,
            asks,
            healthOverride: override ? { health: override, reason } : null,
          },
        }),
      );
      onSaved(saved);
    });
  }

  return (
    <form
      className="form card report-section"
      aria-label="Edit the draft"
      onSubmit={handleSubmit}
      noValidate
    >
      <h2>Your words</h2>
      <FormAlert messages={problem.general} />
      <Field label="Summary" name="summary" error={problem.byField.summary}>
        {(c) => (
          <textarea
            {...c}
            className="report-textarea"
            value={summary}
            maxLength={20000}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Asks"
        name="asks"
        hint="Help needed from the readers: decisions, people, unblocking."
        error={problem.byField.asks}
      >
        {(c) => (
          <textarea
            {...c}
            className="report-textarea"
            value={asks}
            maxLength={10000}
            onChange={(e) => setAsks(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Health override"
        name="healthOverride"
        hint="Leave it computed, or set it and say why."
        error={problem.byField.healthOverride ?? problem.byField['healthOverride.health']}
      >
        {(c) => (
          <select
            {...c}
            value={override}
            onChange={(e) => setOverride(e.target.value as Health | '')}
          >
            <option value="">Computed ({report.health})</option>
            <option value="green">Green</option>
            <option value="amber">Amber</option>
            <option value="red">Red</option>
          </select>
        )}
      </Field>
      {override ? (
        <Field label="Why" name="reason" error={problem.byField['healthOverride.reason']} required>
          {(c) => (
            <input
              {...c}
              type="text"
              value={reason}
              maxLength={2000}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <div className="report-actions">
        <button type="submit" className="button" disabled={busy}>
          Save draft
        </button>
      </div>
    </form>
  );
}
