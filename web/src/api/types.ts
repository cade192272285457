import type { components, paths } from '../../../contracts/api-client';

/** What a route answers with on success, taken from the generated OpenAPI types. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } }
  ? T
  : never;

export type ErrorBody = components['schemas']['ErrorBody'];
export type ApiIssue = ErrorBody['error']['issues'][number];

export type User = Ok<paths['/api/me']['get']>;
export type Role = User['role'];
export type SkillKind = Ok<paths['/api/people/{id}']['get']>['skills'][number]['kind'];

export type Program = Ok<paths['/api/programs/{id}']['get']>;
export type ProgramPage = Ok<paths['/api/programs']['get']>;
export type ProgramCreate = Body<paths['/api/programs']['post']>;
export type ProgramListQuery = NonNullable<paths['/api/programs']['get']['parameters']['query']>;
export type ProgramStatus = Program['status'];
export type ProgramHealth = Program['health'];
export type ProgramSort = NonNullable<ProgramListQuery['sort']>;

export type ProgramPlan = Ok<paths['/api/programs/{id}/plan']['get']>;
export type Workstream = ProgramPlan['workstreams'][number];
export type Milestone = ProgramPlan['milestones'][number];
export type SuccessCriterion = Milestone['criteria'][number];
export type Task = ProgramPlan['tasks'][number];
export type TaskState = Task['state'];
export type Dependency = ProgramPlan['dependencies'][number];
export type DependencyType = Dependency['type'];
export type PlanItemRef = Dependency['predecessor'];

export type WorkstreamCreate = Body<paths['/api/programs/{id}/workstreams']['post']>;
export type MilestoneCreate = Body<paths['/api/programs/{id}/milestones']['post']>;
export type CriterionUpdate = Body<paths['/api/criteria/{id}']['patch']>;
export type TaskCreate = Body<paths['/api/programs/{id}/tasks']['post']>;
export type TaskUpdate = Body<paths['/api/tasks/{id}']['patch']>;
export type DependencyCreate = Body<paths['/api/dependencies']['post']>;
export type WorkstreamUpdate = Body<paths['/api/workstreams/{id}']['patch']>;
export type ProgramRisk = Ok<paths['/api/risks/{id}']['patch']>;
export type ProgramRiskUpdate = Body<paths['/api/risks/{id}']['patch']>;
export type MilestoneUpdate = Body<paths['/api/milestones/{id}']['patch']>;
export type DependencyUpdate = Body<paths['/api/dependencies/{id}']['patch']>;

export type ProgramSchedule = Ok<paths['/api/programs/{id}/schedule']['get']>;
export type ScheduleItem = ProgramSchedule['items'][number];
export type BaselineSummary = Ok<paths['/api/programs/{id}/baselines']['get']>['items'][number];
export type Baseline = Ok<paths['/api/baselines/{id}']['get']>;
export type BaselineComparison = Ok<paths['/api/programs/{id}/baselines/compare']['get']>;
export type ItemVariance = BaselineComparison['items'][number];

export type ResourceLoad = Ok<paths['/api/programs/{id}/resource-load']['get']>;
export type ResourceLoadPerson = ResourceLoad['people'][number];
export type ScheduleLevelling = NonNullable<ProgramSchedule['levelling']>;
export type LevellingMode = ScheduleLevelling['mode'];
export type Forecast = Ok<paths['/api/forecasts/{id}']['get']>;
export type ImportJob = Ok<paths['/api/import-jobs/{id}']['get']>;
export type ForecastSummary = NonNullable<Forecast['result']>;
export type ForecastListItem = Ok<paths['/api/programs/{id}/forecasts']['get']>['items'][number];
export type ForecastAccuracy = Ok<paths['/api/forecast-accuracy']['get']>;
export type ForecastCreate = Body<paths['/api/programs/{id}/forecasts']['post']>;
export type ProgramFinishForecast = NonNullable<ForecastSummary['programs']>[number];

export type ProgramMemberList = Ok<paths['/api/programs/{id}/members']['get']>;
export type ProgramMember = ProgramMemberList['items'][number];
export type ProgramAccess = ProgramMemberList['you'];
export type MemberRole = ProgramMember['role'];
export type ProgramVisibility = Program['visibility'];

export type ProgramCalendar = Ok<paths['/api/program-calendars/{id}']['get']>;
export type CalendarWeek = ProgramCalendar['week'];
export type CalendarException = ProgramCalendar['exceptions'][number];
export type ProgramCalendarUpdate = Body<paths['/api/program-calendars/{id}']['patch']>;
export type ImportWarning = ImportJob['warnings'][number];
