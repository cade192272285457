import { Link } from 'react-router';
import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ActionItemList } from '../action-items/action-item-list';
import '../action-items/action-items.css';

/** My open action items, overdue ones first (the API orders open items by due date). */
export function MyActionItemsCard() {
  const [problem, setProblem] = useState<string>();
  const items = useLoad(
    () =>
      unwrap(
        api.GET('/api/action-items', {
          params: { query: { ownerId: 'me', state: 'open', limit: 20 } },
        }),
      ),
    'my-action-items',
  );
  const overdue = items.data?.items.filter((i) => i.overdue).length ?? 0;
  return (
    <section className="card" aria-labelledby="my-action-items-title" data-testid="my-action-items">
      <div className="card__header">
        <h2 id="my-action-items-title">My action items</h2>
        <Link to="/action-items">All action items</Link>
      </div>
      {overdue > 0 ? (
        <p className="home__overdue">
          {overdue === 1 ? '1 item is overdue.' : `${overdue} items are overdue.`}
        </p>
      ) : null}
      <FormAlert messages={[problem ?? items.problem?.message].filter((m): m is string => !!m)} />
      {items.data?.items.length === 0 ? (
        <p className="muted">Nothing open. Items given to you appear here.</p>
      ) : (
        <ActionItemList
          items={items.data?.items ?? []}
          showOwner={false}
          onChanged={items.reload}
          onProblem={setProblem}
        />
      )}
    </section>
  );
}
