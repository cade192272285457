import { ErrorResponses } from '../../../contracts/common.schema.js';
import { MyWork } from '../../../contracts/my-work.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

export async function myWorkRoutes(app: App, { services }: Container) {
  app.get('/api/me/work', {
    schema: {
      operationId: 'getMyWork',
      tags: ['home'],
      summary:
        'What waits on me: my open tasks, requests, decisions needed and the programs I own (the home page)',
      response: { 200: MyWork, ...ErrorResponses },
    },
    handler: (req) => services.myWork.get(contextOf(req)),
  });
}
