import { CapacityHeatmap, CapacityQuery, CapacityRow } from '../../../contracts/capacity.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import type { App } from '../../http/typed-app.js';

const tags = ['capacity'];

export async function capacityRoutes(app: App, { services }: Container) {
  app.get('/api/capacity/heatmap', {
    schema: {
      operationId: 'getCapacityHeatmap',
      tags,
      summary:
        'People × weeks: capacity (working hours − holidays − time off), load from allocations and task assignments, status and the programs behind it',
      querystring: CapacityQuery,
      response: { 200: CapacityHeatmap, ...ErrorResponses },
    },
    handler: (req) => services.capacity.heatmap(req.query),
  });
  app.get('/api/people/:id/capacity', {
    schema: {
      operationId: 'getPersonCapacity',
      tags,
      summary: "One person's weeks, as in the heatmap",
      params: IdParams,
      querystring: CapacityQuery,
      response: { 200: CapacityRow, ...ErrorResponses },
    },
    handler: (req) => services.capacity.person(req.params.id, req.query),
  });
}
