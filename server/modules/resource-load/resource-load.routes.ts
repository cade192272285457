import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import { LevelRequest, ResourceLoad } from '../../../contracts/resource-load.schema.js';
import { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['schedules'];

export async function resourceLoadRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/resource-load', {
    schema: {
      operationId: 'getProgramResourceLoad',
      tags,
      summary:
        'Load per assigned person per week against their capacity, from the current schedule',
      params: IdParams,
      response: { 200: ResourceLoad, ...ErrorResponses },
    },
    handler: (req) => services.resourceLoad.get(contextOf(req), req.params.id),
  });
  app.post('/api/programs/:id/schedule/level', {
    schema: {
      operationId: 'levelProgramSchedule',
      tags,
      summary:
        "Level the program's schedule against people's capacity (or stop levelling with mode none); send the program's version",
      params: IdParams,
      body: LevelRequest,
      response: { 200: ProgramSchedule, ...ErrorResponses },
    },
    handler: (req) =>
      services.resourceLoad.level(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
}
