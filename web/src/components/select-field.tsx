import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field, type FieldFrameProps } from './field';

interface SelectFieldProps<V extends string> extends FieldFrameProps {
  value: V;
  /** The options are built from `V`, so what the select answers is one of them. */
  onChange(value: NoInfer<V>): void;
  /** The first option, for "nothing chosen" (value ""), e.g. "None" or "Unassigned". */
  emptyLabel?: string;
  /** More attributes for the select itself, e.g. the form a table row's inputs belong to. */
  selectProps?: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;
  /** The options: `VocabularyOptions`, `NamedOptions`, or any <option>s. */
  children: ReactNode;
}

/** A labelled select, wired by `Field` for its error and hint. */
export function SelectField<V extends string>({
  value,
  onChange,
  emptyLabel,
  selectProps,
  children,
  ...field
}: SelectFieldProps<V>) {
  return (
    <Field {...field}>
      {(c) => (
        <select
          {...c}
          {...selectProps}
          value={value}
          onChange={(ev) => onChange(ev.target.value as V)}
        >
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          {children}
        </select>
      )}
    </Field>
  );
}

/** One option per value of an enumeration, shown by its human label from `api/vocabulary`. */
export function VocabularyOptions<V extends string>({
  values,
  labels,
}: {
  values: readonly V[];
  labels: Readonly<Record<V, string>>;
}) {
  return values.map((v) => (
    <option key={v} value={v}>
      {labels[v]}
    </option>
  ));
}

/** One option per record (a person, a workstream, a milestone), shown by its name. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
