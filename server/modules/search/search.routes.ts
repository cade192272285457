import { ErrorResponses } from '../../../contracts/common.schema.js';
import { SearchQuery, SearchResults } from '../../../contracts/search.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

export async function searchRoutes(app: App, { services }: Container) {
  app.get('/api/search', {
    schema: {
      operationId: 'search',
      tags: ['search'],
      summary: 'Find programs, plan items, RAID entries, decisions, requests and people by words',
      description:
        'Full-text search (PostgreSQL, the simple configuration: words as written, no stemming) over what you may see. ' +
        'Every word must match; the last one also as a prefix. Snippets are plain text with the ranges of the matches.',
      querystring: SearchQuery,
      response: { 200: SearchResults, ...ErrorResponses },
    },
    handler: (req) => services.search.search(contextOf(req), req.query),
  });
}
