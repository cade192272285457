import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  PLAN_FILE_BODY_LIMIT,
  PLAN_FILE_CONTENT_TYPES,
} from '../../../contracts/plan-transfer.schema.js';
import {
  PlanUpdateApplied,
  PlanUpdateApplyQuery,
  PlanUpdatePreview,
  PlanUpdatePreviewQuery,
} from '../../../contracts/plan-update.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['plan-transfer'];
const body = Type.String({
  description: 'The plan file, as text (as for POST /api/programs/import).',
});

export async function planUpdateRoutes(app: App, { services }: Container) {
  // Plan files arrive as text; this scope only (other routes keep Fastify's parsers).
  for (const type of PLAN_FILE_CONTENT_TYPES)
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
  app.addContentTypeParser(
    [...PLAN_FILE_CONTENT_TYPES],
    { parseAs: 'string', bodyLimit: PLAN_FILE_BODY_LIMIT },
    (_req, text, done) => done(null, text),
  );

  app.post('/api/programs/:id/import/preview', {
    bodyLimit: PLAN_FILE_BODY_LIMIT,
    schema: {
      operationId: 'previewProgramPlanUpdate',
      tags,
      summary:
        'What updating the program from its plan file would change (matched by UID), without writing anything',
      description:
        'The file is read as an import reads it (a bad file is a 400 naming lines and fields). Per kind: the items added, changed (field by field, from → to), removed (a UID the file no longer has) and kept (no UID: made in Waymark), the warnings, and the programVersion to apply at.',
      params: IdParams,
      querystring: PlanUpdatePreviewQuery,
      consumes: [...PLAN_FILE_CONTENT_TYPES],
      body,
      response: { 200: PlanUpdatePreview, ...ErrorResponses },
    },
    handler: (req) => services.planUpdates.preview(req.params.id, req.query.format, req.body),
  });

  app.post('/api/programs/:id/import/apply', {
    bodyLimit: PLAN_FILE_BODY_LIMIT,
    schema: {
      operationId: 'applyProgramPlanUpdate',
      tags,
      summary:
        'Update the program from its plan file (matched by UID) in one transaction, at the version previewed',
      description:
        'Recomputes the preview and applies it all or nothing. A program changed since the preview (programVersion differs) is refused with 409 version_conflict; a successful apply bumps the version. Removed tasks and milestones are deleted with their links; progress is taken from the file only where it carries some.',
      params: IdParams,
      querystring: PlanUpdateApplyQuery,
      consumes: [...PLAN_FILE_CONTENT_TYPES],
      body,
      response: { 200: PlanUpdateApplied, ...ErrorResponses },
    },
    handler: (req) =>
      services.planUpdates.apply(
        contextOf(req),
        req.params.id,
        req.query.format,
        req.body,
        req.query.programVersion,
      ),
  });
}
