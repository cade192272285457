import type { paths } from '../../../../contracts/api-client';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } }
  ? T
  : never;

export type PersonList = Ok<paths['/api/people']['get']>;
export type PersonSummary = PersonList['items'][number];
export type Person = Ok<paths['/api/people/{id}']['get']>;
export type CareerLadder = Ok<paths['/api/career-ladder']['get']>;
export type CareerLevel = CareerLadder['levels'][number];
export type Competency = CareerLadder['competencies'][number];
export type PersonAssessments = Ok<paths['/api/people/{id}/assessments']['get']>;
export type Readiness = PersonAssessments['readiness'];
export type Allocation = Ok<paths['/api/allocations/{id}']['get']>;
export type AllocationCreate = Body<paths['/api/allocations']['post']>;
export type OverAllocationReport = Ok<paths['/api/allocations/check']['post']>;
export type CapacityHeatmap = Ok<paths['/api/capacity/heatmap']['get']>;
export type CapacityRow = CapacityHeatmap['people'][number];
export type CapacityCell = CapacityRow['cells'][number];
export type HeadcountPlan = Ok<paths['/api/headcount']['get']>;
export type HeadcountRoleCreate = Body<paths['/api/headcount/roles']['post']>;
export type Team = Ok<paths['/api/teams']['get']>['items'][number];
export type PersonSkill = Person['skills'][number];
export type HeadcountRole = HeadcountPlan['roles'][number];
export type StaffingNeed = HeadcountPlan['needs'][number];
