import { Type } from 'typebox';
import { ClosedObject, ErrorResponses } from '../../../contracts/common.schema.js';
import {
  KpiDetail,
  KpiList,
  KpiQuery,
  KpiTarget,
  KpiTargetUpdate,
} from '../../../contracts/kpi.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['kpis'];
/** Not the KPI enum: an unknown id is a 404 naming it, not a schema error. */
const KpiParams = ClosedObject({
  id: Type.String({
    minLength: 1,
    maxLength: 60,
    description: 'A KPI id, e.g. intake_sla_attainment.',
  }),
});

export async function kpiRoutes(app: App, { services }: Container) {
  const kpis = services.kpis;
  app.get('/api/kpis', {
    schema: {
      operationId: 'listKpis',
      tags,
      summary: 'Every KPI over the programs you can see: value, target, RAG and quarterly trend',
      querystring: KpiQuery,
      response: { 200: KpiList, ...ErrorResponses },
    },
    handler: (req) => kpis.list(contextOf(req), req.query),
  });
  app.get('/api/kpis/:id', {
    schema: {
      operationId: 'getKpi',
      tags,
      summary: 'One KPI with the items behind its value',
      params: KpiParams,
      querystring: KpiQuery,
      response: { 200: KpiDetail, ...ErrorResponses },
    },
    handler: (req) => kpis.detail(contextOf(req), req.params.id, req.query),
  });
  app.get('/api/kpis/:id/target', {
    schema: {
      operationId: 'getKpiTarget',
      tags,
      summary: 'A KPI’s target, thresholds and version (what a change starts from)',
      params: KpiParams,
      response: { 200: KpiTarget, ...ErrorResponses },
    },
    handler: (req) => kpis.target(req.params.id),
  });
  app.patch('/api/kpis/:id/target', {
    schema: {
      operationId: 'updateKpiTarget',
      tags,
      summary:
        'Change a KPI’s target and thresholds; only the fields named change (TPM managers and admins)',
      params: KpiParams,
      body: KpiTargetUpdate,
      response: { 200: KpiTarget, ...ErrorResponses },
    },
    handler: (req) =>
      kpis.updateTarget(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
}
