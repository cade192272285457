import { Field } from '../../components/field';
import type { Named } from './use-raid-references';

/** Several of the program's tasks or risks, chosen in a multiple select. */
export function LinkedItemsField({
  label,
  name,
  items,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  items: readonly Named[];
  value: string[];
  onChange(ids: string[]): void;
  error: string | undefined;
}) {
  return (
    <Field label={label} name={name} error={error} hint="Ctrl- or ⌘-click to choose several">
      {(c) => (
        <select
          {...c}
          multiple
          size={Math.min(6, Math.max(2, items.length))}
          value={value}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
        >
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
