import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ActionItemForm, type ActionItemSource } from './action-item-form';
import { ActionItemList } from './action-item-list';
import './action-items.css';

/**
 * The action items that came out of one post-mortem, status report or review, tracked
 * to done where they were agreed; those who may change it add more.
 */
export function SourceActionItemsCard({
  source,
  canAdd,
  lead,
}: {
  source: ActionItemSource;
  canAdd: boolean;
  lead: string;
}) {
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string>();
  const items = useLoad(
    () =>
      unwrap(
        api.GET('/api/action-items', {
          params: {
            query: { sourceKind: source.sourceKind, sourceId: source.sourceId, limit: 200 },
          },
        }),
      ),
    `action-items-${source.sourceKind}-${source.sourceId}`,
  );
  const list = items.data?.items ?? [];
  const open = list.filter((i) => i.status === 'open').length;
  return (
    <section className="card" aria-labelledby="source-action-items-title">
      <div className="card__header">
        <h2 id="source-action-items-title">
          Action items{' '}
          <span className="muted">{list.length === 0 ? '' : `${open} open of ${list.length}`}</span>
        </h2>
        {canAdd && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add action item
          </button>
        ) : null}
      </div>
      <FormAlert messages={[problem ?? items.problem?.message].filter((m): m is string => !!m)} />
      {adding ? (
        <ActionItemForm
          source={source}
          onDone={(saved) => {
            setAdding(false);
            if (saved) items.reload();
          }}
        />
      ) : null}
      {list.length === 0 && !adding ? (
        <p className="muted">{lead}</p>
      ) : (
        <ActionItemList items={list} onChanged={items.reload} onProblem={setProblem} />
      )}
    </section>
  );
}
