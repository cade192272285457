import { Type } from 'typebox';
import { ClosedObject, ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  IMPORT_JOB_THRESHOLD_ROWS,
  ImportJob,
  ImportWarning,
  PLAN_FILE_BODY_LIMIT,
  PLAN_FILE_CONTENT_TYPES,
  PlanExportQuery,
  PlanImportQuery,
} from '../../../contracts/plan-transfer.schema.js';
import { Program } from '../../../contracts/program.schema.js';

/** The program made, and what the file carried that it could not keep as it was. */
const ImportedProgram = ClosedObject({
  ...Program.properties,
  importWarnings: Type.Array(ImportWarning),
});
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['plan-transfer'];

export async function planTransferRoutes(app: App, { services }: Container) {
  // Plan files arrive as text; this scope only (other routes keep Fastify's parsers).
  for (const type of PLAN_FILE_CONTENT_TYPES)
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
  app.addContentTypeParser(
    [...PLAN_FILE_CONTENT_TYPES],
    { parseAs: 'string', bodyLimit: PLAN_FILE_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get('/api/programs/:id/export', {
    schema: {
      operationId: 'exportProgramPlan',
      tags,
      summary: "The program's plan and computed schedule as an MSPDI, YAML plan or CSV file",
      params: IdParams,
      querystring: PlanExportQuery,
      produces: ['application/xml', 'application/yaml', 'text/csv'],
      response: { 200: Type.String({ description: 'The file.' }), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const file = await services.planTransfer.export(
        contextOf(req),
        req.params.id,
        req.query.format,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  });

  app.post('/api/programs/import', {
    bodyLimit: PLAN_FILE_BODY_LIMIT,
    schema: {
      operationId: 'importProgramPlan',
      tags,
      summary:
        'Create a new program from an MSPDI, YAML plan or CSV file (all or nothing; bad rows are reported by line and field)',
      description: `A file of at most ${IMPORT_JOB_THRESHOLD_ROWS} rows or tasks is imported in the request (201, the program). A larger one is imported by a background job: 202 with the job; poll GET /api/import-jobs/{id} until it has succeeded (then its programId is the new program) or failed (then its error lists the bad rows).`,
      querystring: PlanImportQuery,
      consumes: [...PLAN_FILE_CONTENT_TYPES],
      body: Type.String({ description: 'The file, as text.' }),
      response: { 201: ImportedProgram, 202: ImportJob, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const outcome = await services.planImports.import(
        contextOf(req),
        req.query.format,
        req.query.name,
        req.body,
      );
      return outcome.kind === 'program'
        ? reply.status(201).send({ ...outcome.program, importWarnings: outcome.warnings })
        : reply.status(202).send(outcome.job);
    },
  });

  app.get('/api/import-jobs/:id', {
    schema: {
      operationId: 'getImportJob',
      tags,
      summary:
        'A background plan import: status, progress and, once finished, the program made or the error (only for the one who asked, or an admin)',
      params: IdParams,
      response: { 200: ImportJob, ...ErrorResponses },
    },
    handler: (req) => services.planImports.getJob(req.actor, req.params.id),
  });
}
