import type { InputHTMLAttributes } from 'react';
import { Field, type FieldFrameProps } from './field';

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

interface InputFieldProps extends FieldFrameProps {
  /** As typed: the form turns it into what the API takes (`blankToNull`, `parseDecimal`). */
  value: string;
  onChange(value: string): void;
  /** More attributes for the input, e.g. `min`, or the form a table row's inputs belong to. */
  inputProps?: Omit<InputAttributes, 'type'>;
}

/** The date and decimal fields differ only in the input's type and its attributes. */
function InputField({
  value,
  onChange,
  inputProps,
  ...field
}: Omit<InputFieldProps, 'inputProps'> & { inputProps: InputAttributes }) {
  return (
    <Field {...field}>
      {(c) => (
        <input {...c} {...inputProps} value={value} onChange={(ev) => onChange(ev.target.value)} />
      )}
    </Field>
  );
}

/** A calendar date: a date input gives `YYYY-MM-DD`, which is what the API takes. */
export function DateField({ inputProps, ...field }: InputFieldProps) {
  return <InputField {...field} inputProps={{ ...inputProps, type: 'date' }} />;
}

/**
 * A number that may have decimals (hours, money): `step="any"` so the browser does not
 * flag 2.5, and the decimal keypad on phones.
 */
export function DecimalField({ inputProps, ...field }: InputFieldProps) {
  return (
    <InputField
      {...field}
      inputProps={{ ...inputProps, type: 'number', step: 'any', inputMode: 'decimal' }}
    />
  );
}

/** One line of text: a name, a time zone. */
export function TextField({ inputProps, ...field }: InputFieldProps) {
  return <InputField {...field} inputProps={{ ...inputProps, type: 'text' }} />;
}

/** A wall-clock time: a time input gives `HH:MM`, which is what the API takes. */
export function TimeField({ inputProps, ...field }: InputFieldProps) {
  return <InputField {...field} inputProps={{ ...inputProps, type: 'time' }} />;
}
