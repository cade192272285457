import { AuditList, AuditListQuery } from '../../../contracts/account.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { ForbiddenError } from '../../domain-errors.js';
import type { App } from '../../http/typed-app.js';
import { listAudit } from './audit.repository.js';

export async function auditRoutes(app: App, { db }: Container) {
  app.get('/api/audit', {
    schema: {
      operationId: 'listAuditEvents',
      tags: ['audit'],
      summary:
        'The append-only audit trail, newest first by its sequence, filtered by entity, actor, program and time (admin only). Page with `before`: the id of the last event of the previous page.',
      querystring: AuditListQuery,
      response: { 200: AuditList, ...ErrorResponses },
    },
    handler: async (req) => {
      // Events carry before/after values of budgets, assessments and accounts.
      // Issue 14 also opens a program's events to its owners; that waits for
      // program memberships, which do not exist yet.
      if (req.actor?.role !== 'admin')
        throw new ForbiddenError('Only an admin can read the audit log.');
      return { items: await listAudit(db, req.query) };
    },
  });
}
