import type { paths } from '../../../../contracts/api-client';

/** A decision as the API answers it. */
export type Decision =
  paths['/api/decisions/{id}']['get']['responses'][200]['content']['application/json'];
export type DecisionUpdate = NonNullable<
  paths['/api/decisions/{id}']['patch']['requestBody']
>['content']['application/json'];
export type DecisionCreate = NonNullable<
  paths['/api/decisions']['post']['requestBody']
>['content']['application/json'];
export type DecisionOption = Decision['options'][number];
