import type { paths } from '../../../../contracts/api-client';

/** The change-request shapes, taken from the generated OpenAPI types. */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } }
  ? T
  : never;

export type ChangeRequest = Ok<paths['/api/change-requests/{id}']['get']>;
export type ChangeRequestImpact = NonNullable<ChangeRequest['impact']>;
export type ChangeRequestStatus = ChangeRequest['status'];
export type PlanChange = ChangeRequest['changes'][number];
export type ChangeRequestCreate = Body<paths['/api/programs/{id}/change-requests']['post']>;
export type ChangeRequestOutcome = Body<
  paths['/api/change-requests/{id}/decision']['post']
>['outcome'];
