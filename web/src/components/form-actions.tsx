interface FormActionsProps {
  /** What the primary button does, e.g. "Add task". */
  submitLabel: string;
  /** Shown on the primary button while the request is out, when the form says so (e.g. "Saving…"). */
  busyLabel?: string;
  busy: boolean;
  onCancel(): void;
  /** Compact forms (a checklist row) sit their buttons beside the fields, in small buttons. */
  compact?: boolean;
}

/**
 * Cancel, then the submit button, at the foot of a form. The submit button is only
 * disabled while busy, never for empty fields: the API says what is missing, under each field.
 */
export function FormActions({ submitLabel, busyLabel, busy, onCancel, compact }: FormActionsProps) {
  const size = compact ? ' button--small' : '';
  return (
    <div className={compact ? 'form-row__actions' : 'form__actions'}>
      <button type="button" className={`button${size}`} onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={`button button--primary${size}`} disabled={busy}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
