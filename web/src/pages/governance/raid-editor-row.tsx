import type { ReactNode } from 'react';
import { DeleteConfirmation } from '../../components/delete-confirmation';

/**
 * The row under a RAID table's row while it is edited or its delete is confirmed: the
 * register's own form, or the one confirmation every register uses (its history stays
 * in the audit log, so deleting says so).
 */
export function RaidEditorRow({
  colSpan,
  editor,
  deletion,
}: {
  colSpan: number;
  /** The edit form, when the row is being edited. */
  editor?: ReactNode;
  /** The delete being confirmed, when it is. */
  deletion?: {
    kind: string;
    name: string;
    remove(): Promise<unknown>;
    onDone(): void;
    onCancel(): void;
    onReload(): void;
  };
}) {
  if (!editor && !deletion) return null;
  return (
    <tr className="team-editor-row">
      <td colSpan={colSpan}>
        {editor ??
          (deletion ? (
            <DeleteConfirmation
              kind={deletion.kind}
              name={deletion.name}
              consequence="Its history stays in the audit log."
              onConfirm={async () => {
                await deletion.remove();
                deletion.onDone();
              }}
              onCancel={deletion.onCancel}
              onReload={deletion.onReload}
            />
          ) : null)}
      </td>
    </tr>
  );
}
