import { useId } from 'react';
import { ISO_WEEKDAYS, weekdayOf } from './working-hours';

/**
 * The days worked, one checkbox per ISO weekday. A group of checkboxes has no single
 * control for `Field` to label, so the legend names the group and the error follows it.
 */
export function WeekdaysField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: readonly number[];
  onChange(days: number[]): void;
  error?: string | undefined;
}) {
  const errorId = `${useId()}-error`;
  const toggle = (day: number, on: boolean) =>
    onChange(on ? [...value, day].sort((a, b) => a - b) : value.filter((d) => d !== day));
  return (
    <fieldset
      className={`field weekdays${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{label}</legend>
      <div className="weekdays__options">
        {ISO_WEEKDAYS.map((day) => (
          <label key={day} className="weekdays__option">
            <input
              type="checkbox"
              name={name}
              value={day}
              checked={value.includes(day)}
              onChange={(e) => toggle(day, e.target.checked)}
            />
            {weekdayOf(day)}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
