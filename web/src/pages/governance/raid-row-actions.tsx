/** Edit and Delete for one row of a RAID table; the delete asks first (DeleteConfirmation). */
export function RaidRowActions({
  label,
  onEdit,
  onDelete,
}: {
  /** How the buttons name the row for assistive technology, e.g. `assumption "Stable API"`. */
  label: string;
  onEdit(): void;
  onDelete(): void;
}) {
  return (
    <>
      <button type="button" className="link-button" onClick={onEdit} aria-label={`Edit ${label}`}>
        Edit
      </button>{' '}
      <button
        type="button"
        className="link-button"
        onClick={onDelete}
        aria-label={`Delete ${label}`}
      >
        Delete
      </button>
    </>
  );
}
