import { CapacityHeatmap, CapacityQuery, CapacityRow } from '../../../contracts/capacity.schema.js';
import { OverAllocationReport } from '../../../contracts/allocation.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import { TaskAssignmentCreate } from '../../../contracts/task-assignment.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

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
    handler: (req) => services.capacity.heatmap(contextOf(req), req.query),
  });
  app.post('/api/tasks/:id/assignments/check', {
    schema: {
      operationId: 'checkTaskAssignment',
      tags,
      summary:
        'Dry run: the weeks (and programs) in which assigning this person to the task would over-allocate them',
      params: IdParams,
      body: TaskAssignmentCreate,
      response: { 200: OverAllocationReport, ...ErrorResponses },
    },
    handler: (req) =>
      services.capacity.checkAssignment(
        contextOf(req),
        req.params.id,
        req.body.userId,
        req.body.units ?? 1,
      ),
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
    handler: (req) => services.capacity.person(contextOf(req), req.params.id, req.query),
  });
}
