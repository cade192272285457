import { useId, useState, type KeyboardEvent } from 'react';
import { CONFLICT_MESSAGE } from '../api/issues';
import { asProblem } from '../api/waymark-api';
import { FormAlert } from './form-alert';

interface DeleteConfirmationProps {
  /** The kind of record, e.g. "workstream": it names the confirming button. */
  kind: string;
  /** The record's own name. */
  name: string;
  /** What else happens, said before the click: "Its 3 tasks stay, without a workstream." */
  consequence: string;
  /** Sends the DELETE with the version read; a rejection is shown here. */
  onConfirm(): Promise<void>;
  onCancel(): void;
  /** After a version conflict: fetch the record again. */
  onReload(): void;
}

/**
 * The second, deliberate step of a delete: says what goes and what follows from it,
 * with Cancel focused so that Enter alone never deletes.
 */
export function DeleteConfirmation({
  kind,
  name,
  consequence,
  onConfirm,
  onCancel,
  onReload,
}: DeleteConfirmationProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
    } catch (error) {
      const p = asProblem(error);
      setProblem({
        message: p.isVersionConflict ? CONFLICT_MESSAGE : p.message,
        conflict: p.isVersionConflict,
      });
      setBusy(false);
    }
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onCancel();
  }

  return (
    <div
      className="alert alert--warning delete-confirmation"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-consequence`}
      data-testid="delete-confirmation"
      onKeyDown={handleKeyDown}
    >
      <p id={`${id}-title`}>
        <strong>{`Delete ${kind} “${name}”?`}</strong>
      </p>
      <p id={`${id}-consequence`}>{consequence} This cannot be undone.</p>
      {problem ? (
        <FormAlert
          messages={[problem.message]}
          onReload={
            problem.conflict
              ? () => {
                  onReload();
                  onCancel();
                }
              : undefined
          }
        />
      ) : null}
      <div className="button-group">
        {/* After a conflict the version held is stale: only Reload can lead to a delete. */}
        {problem?.conflict ? null : (
          <button
            type="button"
            className="button button--small button--danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {`Delete ${kind}`}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
