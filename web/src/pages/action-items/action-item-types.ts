import type { paths } from '../../../../contracts/api-client';

/** An action item as the API answers it. */
export type ActionItem =
  paths['/api/action-items/{id}']['get']['responses'][200]['content']['application/json'];
export type ActionItemCreate = NonNullable<
  paths['/api/action-items']['post']['requestBody']
>['content']['application/json'];
export type ActionItemQuery = NonNullable<paths['/api/action-items']['get']['parameters']['query']>;
export type ActionItemState = NonNullable<ActionItemQuery['state']>;

export const STATE_LABEL: Record<ActionItemState, string> = {
  open: 'Open',
  overdue: 'Overdue',
  done: 'Done',
  cancelled: 'Cancelled',
};
