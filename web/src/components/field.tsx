import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

/** What every field has around its control: the label, the hint and the error. */
export interface FieldFrameProps {
  label: string;
  name: string;
  /** The API's issue for this field, shown under it and linked with aria-describedby. */
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  className?: string;
}

interface FieldProps extends FieldFrameProps {
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and its error underneath, wired for screen readers. */
export function Field({ label, name, error, hint, required, className, children }: FieldProps) {
  const id = useId();
  const controlId = `${id}-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field__label-row">
        <label htmlFor={controlId} className="field__label">
          {label}
        </label>
        {/* Outside the label so the control's name stays "Name"; aria-required tells screen readers. */}
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children({
        id: controlId,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
