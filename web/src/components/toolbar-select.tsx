export interface ToolbarChoice {
  id: string;
  name: string;
}

/**
 * One filter of a toolbar: a labelled select whose first choice ('' value) means no
 * filter. `first` choices come right after it (such as "My programs").
 */
export function ToolbarSelect({
  id,
  label,
  value,
  onChange,
  anyLabel,
  choices,
  first = [],
}: {
  id: string;
  label: string;
  value: string;
  onChange(next: string): void;
  anyLabel: string;
  choices: readonly ToolbarChoice[] | undefined;
  first?: readonly ToolbarChoice[];
}) {
  return (
    <div className="toolbar__filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {[...first, ...(choices ?? [])].map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
