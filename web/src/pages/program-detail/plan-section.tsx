import { useState, type ReactNode } from 'react';
import { usePlan } from './plan-context';

interface PlanSectionProps {
  /** The heading's id is `${id}-title`; it names the section for screen readers. */
  id: string;
  title: string;
  count: number;
  /** Said after the count in the heading, e.g. how many are done. */
  note?: ReactNode;
  /** For a table: it runs to the card's edges, so only the header and the form are padded. */
  flush?: boolean;
  /** What the "+ Add …" button adds, e.g. "task". */
  itemName: string;
  /** The form that adds one; it calls `onDone` once saved or cancelled, which closes it. */
  addForm(onDone: () => void): ReactNode;
  children: ReactNode;
}

/**
 * A card of the plan with its heading and count, and for writers an "+ Add …" button
 * that opens the section's form above the list in place of the button.
 */
export function PlanSection({
  id,
  title,
  count,
  note,
  flush,
  itemName,
  addForm,
  children,
}: PlanSectionProps) {
  const { canWrite } = usePlan();
  const [adding, setAdding] = useState(false);
  const form = adding ? addForm(() => setAdding(false)) : null;
  return (
    <section className={flush ? 'card card--flush' : 'card'} aria-labelledby={`${id}-title`}>
      <div className={flush ? 'card__header card__header--padded' : 'card__header'}>
        <h2 id={`${id}-title`}>
          {/* Whole strings, as literal text was: text split over two nodes lands a subpixel off. */}
          {`${title} `}
          <span className="count">{count}</span>
          {note}
        </h2>
        {canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            {`+ Add ${itemName}`}
          </button>
        ) : null}
      </div>
      {form && flush ? <div className="card__body">{form}</div> : form}
      {children}
    </section>
  );
}
