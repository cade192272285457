import { Link } from 'react-router';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { formatDate } from '../../components/format';
import type { ActionItem } from './action-item-types';

function StatusBadge({ item }: { item: ActionItem }) {
  if (item.overdue) return <Badge tone="red">Overdue</Badge>;
  if (item.status === 'done') return <Badge tone="green">Done</Badge>;
  if (item.status === 'cancelled') return <Badge tone="muted">Cancelled</Badge>;
  return <Badge tone="blue">Open</Badge>;
}

/**
 * Action items as a list, each with its due date, owner and program, and a "Mark
 * done" button on open ones (the owner may always; the API refuses anyone else who
 * may not change the item, and `onProblem` shows why).
 */
export function ActionItemList({
  items,
  onChanged,
  onProblem,
  showOwner = true,
}: {
  items: readonly ActionItem[];
  onChanged(): void;
  onProblem(message: string): void;
  showOwner?: boolean;
}) {
  async function markDone(item: ActionItem) {
    try {
      await unwrap(
        api.PATCH('/api/action-items/{id}', {
          params: { path: { id: item.id } },
          body: { version: item.version, status: 'done' },
        }),
      );
      onChanged();
    } catch (error) {
      onProblem((error as Error).message);
    }
  }
  return (
    <ul className="action-items">
      {items.map((item) => (
        <li
          key={item.id}
          className={`action-items__item${item.overdue ? ' action-items__item--overdue' : ''}`}
          data-testid="action-item"
        >
          <div className="action-items__main">
            <span className="action-items__title">{item.title}</span>
            <span className="action-items__meta muted">
              {item.dueDate ? `Due ${formatDate(item.dueDate)}` : 'No due date'}
              {showOwner ? ` · ${item.ownerName}` : ''}
              {' · '}
              {item.programId ? (
                <Link to={`/programs/${item.programId}`}>{item.programName}</Link>
              ) : (
                'Portfolio'
              )}
            </span>
          </div>
          <StatusBadge item={item} />
          {item.status === 'open' ? (
            <button
              type="button"
              className="button button--small"
              aria-label={`Mark "${item.title}" done`}
              onClick={() => void markDone(item)}
            >
              Mark done
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
