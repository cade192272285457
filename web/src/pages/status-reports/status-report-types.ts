import type { paths } from '../../../../contracts/api-client';

/** The status-report shapes, taken from the generated OpenAPI types. */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;

export type StatusReport = Ok<paths['/api/status-reports/{id}']['get']>;
export type StatusReportList = Ok<paths['/api/programs/{id}/status-reports']['get']>;
export type ReportMilestone = StatusReport['facts']['milestones']['upcoming'][number];
export type Health = StatusReport['health'];

export const HEALTH_WORD: Record<Health, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
