import type { paths } from '../../../../contracts/api-client';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;

export type KpiList = Ok<paths['/api/kpis']['get']>;
export type KpiSummary = KpiList['items'][number];
export type KpiDetail = Ok<paths['/api/kpis/{id}']['get']>;
export type KpiItem = KpiDetail['items'][number];
export type KpiTarget = KpiSummary['target'];
export type KpiUnit = KpiSummary['unit'];
export type KpiTrendPoint = KpiSummary['trend'][number];
export type KpiQuery = NonNullable<paths['/api/kpis']['get']['parameters']['query']>;
