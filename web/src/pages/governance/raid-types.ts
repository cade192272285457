import type { paths } from '../../../../contracts/api-client';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } }
  ? T
  : never;

export type Assumption = Ok<paths['/api/assumptions/{id}']['get']>;
export type AssumptionCreate = Body<paths['/api/programs/{id}/assumptions']['post']>;
export type AssumptionUpdate = Body<paths['/api/assumptions/{id}']['patch']>;
export type ProgramIssue = Ok<paths['/api/issues/{id}']['get']>;
export type ProgramIssueCreate = Body<paths['/api/programs/{id}/issues']['post']>;
export type ProgramIssueUpdate = Body<paths['/api/issues/{id}']['patch']>;
export type ExternalDependency = Ok<paths['/api/external-dependencies/{id}']['get']>;
export type ExternalDependencyCreate = Body<
  paths['/api/programs/{id}/external-dependencies']['post']
>;
export type ExternalDependencyUpdate = Body<paths['/api/external-dependencies/{id}']['patch']>;
export type RaidDependencies = Ok<paths['/api/programs/{id}/raid-dependencies']['get']>;
export type RiskCreate = Body<paths['/api/programs/{id}/risks']['post']>;
