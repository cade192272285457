import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['schedules'];

export async function scheduleRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/schedule', {
    schema: {
      operationId: 'getProgramSchedule',
      tags,
      summary:
        "The program's critical-path schedule (computed first when missing or when its inputs changed)",
      params: IdParams,
      response: { 200: ProgramSchedule, ...ErrorResponses },
    },
    handler: (req) => services.schedules.read(contextOf(req), req.params.id),
  });
  app.post('/api/programs/:id/schedule', {
    schema: {
      operationId: 'recomputeProgramSchedule',
      tags,
      summary: "Recompute and store the program's schedule now",
      params: IdParams,
      response: { 200: ProgramSchedule, ...ErrorResponses },
    },
    handler: (req) => services.schedules.recompute(contextOf(req), req.params.id),
  });
}
