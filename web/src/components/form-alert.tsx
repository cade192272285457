interface FormAlertProps {
  messages: string[];
  /** When the problem is that someone else changed the record, offer the way out. */
  onReload?: (() => void) | undefined;
}

/** The form-level part of an API error: what could not be placed under a field. */
export function FormAlert({ messages, onReload }: FormAlertProps) {
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {onReload ? (
        <button type="button" className="button button--small" onClick={onReload}>
          Reload
        </button>
      ) : null}
    </div>
  );
}
