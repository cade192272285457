import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  HEALTH_RULES_DESCRIPTION,
  ReportSettings,
  ReportSettingsUpdate,
  StatusReport,
  StatusReportCreate,
  StatusReportDeleteQuery,
  StatusReportDeliver,
  StatusReportDelivery,
  StatusReportDiff,
  StatusReportDiffQuery,
  StatusReportExportQuery,
  StatusReportList,
  StatusReportListQuery,
  StatusReportUpdate,
  StatusReportVersionBody,
} from '../../../contracts/status-report.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['status-reports'];
const DRAFTS =
  'Drafts are seen only by those who may change the program (owners, editors, TPM managers, admins); a published report by everyone who reads the program.';

export async function statusReportRoutes(app: App, { services }: Container) {
  const reports = services.statusReports;

  app.get('/api/programs/:id/status-reports', {
    schema: {
      operationId: 'listStatusReports',
      tags,
      summary: "A program's status reports, newest first",
      description: DRAFTS,
      params: IdParams,
      querystring: StatusReportListQuery,
      response: { 200: StatusReportList, ...ErrorResponses },
    },
    handler: (req) => reports.list(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/programs/:id/status-reports', {
    schema: {
      operationId: 'draftStatusReport',
      tags,
      summary: 'Draft a status report from the live plan',
      description: `Every field is optional: {} drafts the period from the end of the last published report (else the program start) to the program's today. ${HEALTH_RULES_DESCRIPTION}`,
      params: IdParams,
      body: StatusReportCreate,
      response: { 201: StatusReport, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await reports.draft(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/status-reports/:id', {
    schema: {
      operationId: 'getStatusReport',
      tags,
      description: `${DRAFTS} ${HEALTH_RULES_DESCRIPTION}`,
      params: IdParams,
      response: { 200: StatusReport, ...ErrorResponses },
    },
    handler: (req) => reports.get(contextOf(req), req.params.id),
  });
  app.patch('/api/status-reports/:id', {
    schema: {
      operationId: 'updateStatusReport',
      tags,
      summary: "Edit a draft's summary, asks or health override (a published report answers 409)",
      params: IdParams,
      body: StatusReportUpdate,
      response: { 200: StatusReport, ...ErrorResponses },
    },
    handler: (req) => reports.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/status-reports/:id', {
    schema: {
      operationId: 'deleteStatusReport',
      tags,
      summary: 'Delete a draft (a published report answers 409)',
      params: IdParams,
      querystring: StatusReportDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await reports.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/status-reports/:id/publish', {
    schema: {
      operationId: 'publishStatusReport',
      tags,
      summary: 'Publish a draft: it is frozen from then on',
      params: IdParams,
      body: StatusReportVersionBody,
      response: { 200: StatusReport, ...ErrorResponses },
    },
    handler: (req) => reports.publish(contextOf(req), req.params.id, expectedVersion(req)),
  });
  app.post('/api/status-reports/:id/refresh', {
    schema: {
      operationId: 'refreshStatusReport',
      tags,
      summary:
        "Recompute a draft's facts from the live plan, keeping its summary, asks and override",
      params: IdParams,
      body: StatusReportVersionBody,
      response: { 200: StatusReport, ...ErrorResponses },
    },
    handler: (req) => reports.refresh(contextOf(req), req.params.id, expectedVersion(req)),
  });
  app.get('/api/status-reports/:id/export', {
    schema: {
      operationId: 'exportStatusReport',
      tags,
      summary: 'The report as a standalone Markdown or HTML document',
      params: IdParams,
      querystring: StatusReportExportQuery,
      produces: ['text/markdown', 'text/html'],
      response: { 200: Type.String({ description: 'The document.' }), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const doc = await reports.exportDocument(contextOf(req), req.params.id, req.query.format);
      const extension = req.query.format === 'html' ? 'html' : 'md';
      return reply
        .type(doc.contentType)
        .header(
          'content-disposition',
          `attachment; filename="status-report-${req.params.id}.${extension}"`,
        )
        .send(doc.body);
    },
  });
  app.get('/api/status-reports/:id/diff', {
    schema: {
      operationId: 'diffStatusReports',
      tags,
      summary: 'What differs between two reports of one program (the older one is from)',
      params: IdParams,
      querystring: StatusReportDiffQuery,
      response: { 200: StatusReportDiff, ...ErrorResponses },
    },
    handler: (req) => reports.diff(contextOf(req), req.params.id, req.query.against),
  });
  app.post('/api/status-reports/:id/deliver', {
    schema: {
      operationId: 'deliverStatusReport',
      tags,
      summary: "E-mail the report (WAYMARK_SMTP_URL) and/or post it to the program's Slack webhook",
      params: IdParams,
      body: StatusReportDeliver,
      response: { 200: StatusReportDelivery, ...ErrorResponses },
    },
    handler: (req) => reports.deliver(contextOf(req), req.params.id, req.body),
  });
  app.get('/api/programs/:id/report-settings', {
    schema: {
      operationId: 'getReportSettings',
      tags,
      summary: "Where the program's status reports are delivered",
      params: IdParams,
      response: { 200: ReportSettings, ...ErrorResponses },
    },
    handler: (req) => reports.settings(req.params.id),
  });
  app.put('/api/programs/:id/report-settings', {
    schema: {
      operationId: 'updateReportSettings',
      tags,
      summary: "Set (or clear, with null) the program's Slack incoming-webhook URL",
      params: IdParams,
      body: ReportSettingsUpdate,
      response: { 200: ReportSettings, ...ErrorResponses },
    },
    handler: (req) => reports.updateSettings(contextOf(req), req.params.id, req.body),
  });
}
