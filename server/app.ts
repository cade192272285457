import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ErrorBody } from '../contracts/common.schema.js';
import type { Container } from './container.js';
import type { App } from './http/typed-app.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { oidcRoutes } from './modules/oidc/oidc.routes.js';
import { backupRoutes } from './modules/backups/backup.routes.js';
import { baselineRoutes } from './modules/baselines/baseline.routes.js';
import { calendarFeedRoutes } from './modules/calendar-feeds/calendar-feed.routes.js';
import { forecastRoutes } from './modules/forecasts/forecast.routes.js';
import { riskRoutes } from './modules/risks/risk.routes.js';
import { assumptionRoutes } from './modules/assumptions/assumption.routes.js';
import { programIssueRoutes } from './modules/program-issues/program-issue.routes.js';
import { externalDependencyRoutes } from './modules/external-dependencies/external-dependency.routes.js';
import { decisionRoutes } from './modules/decisions/decision.routes.js';
import { surveyRoutes } from './modules/surveys/survey.routes.js';
import { objectiveRoutes } from './modules/objectives/objective.routes.js';
import { actionItemRoutes } from './modules/action-items/action-item.routes.js';
import { notificationRoutes } from './modules/notifications/notification.routes.js';
import { statusReportRoutes } from './modules/status-reports/status-report.routes.js';
import { searchRoutes } from './modules/search/search.routes.js';
import { postMortemRoutes } from './modules/post-mortems/post-mortem.routes.js';
import { reviewRoutes } from './modules/reviews/review.routes.js';
import { myWorkRoutes } from './modules/my-work/my-work.routes.js';
import { dependencyRoutes } from './modules/dependencies/dependency.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { intakeRoutes } from './modules/intake/intake.routes.js';
import { integrationRoutes } from './modules/intake/integration.routes.js';
import { milestoneRoutes } from './modules/milestones/milestone.routes.js';
import { planTransferRoutes } from './modules/plan-transfer/plan-transfer.routes.js';
import { planUpdateRoutes } from './modules/plan-transfer/plan-update.routes.js';
import { programRoutes } from './modules/programs/program.routes.js';
import { scheduleRoutes } from './modules/schedules/schedule.routes.js';
import { taskRoutes } from './modules/tasks/task.routes.js';
import { teamRoutes } from './modules/teams/team.routes.js';
import { tokenRoutes } from './modules/tokens/token.routes.js';
import { userRoutes } from './modules/users/user.routes.js';
import { userCredentialRoutes } from './modules/users/user-credential.routes.js';
import { accountLinkRoutes } from './modules/users/account-link.routes.js';
import { workstreamRoutes } from './modules/workstreams/workstream.routes.js';
import { programResourceRoutes } from './modules/program-resources/program-resource.routes.js';
import { changeRequestRoutes } from './modules/change-requests/change-request.routes.js';
import { programCalendarRoutes } from './modules/program-calendars/program-calendar.routes.js';
import { allocationRoutes } from './modules/allocations/allocation.routes.js';
import { capacityRoutes } from './modules/capacity/capacity.routes.js';
import { careerLadderRoutes } from './modules/career-ladder/career-ladder.routes.js';
import { headcountRoutes } from './modules/headcount/headcount.routes.js';
import { kpiRoutes } from './modules/kpis/kpi.routes.js';
import { personRoutes } from './modules/people/person.routes.js';
import { packageRoot } from './package-root.js';
import { programMemberRoutes } from './modules/program-members/program-member.routes.js';
import { accessControlPlugin } from './plugins/access-control.js';
import { authenticationPlugin } from './plugins/authentication.js';
import { holidayRoutes } from './modules/calendars/holiday.routes.js';
import { resourceLoadRoutes } from './modules/resource-load/resource-load.routes.js';
import { taskAssignmentRoutes } from './modules/task-assignments/task-assignment.routes.js';
import { bodyContentTypePlugin } from './plugins/body-content-type.js';
import { csrfProtectionPlugin } from './plugins/csrf-protection.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { errorHandlerPlugin, frameworkErrorOptions } from './plugins/error-handler.js';
import { inputLimitsPlugin } from './plugins/input-limits.js';
import { addBoundedDateFormats } from './http/bounded-formats.js';
import { openapiPlugin } from './plugins/openapi.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';

/** Every capability's routes; a new slice adds one line here. */
export const ROUTE_MODULES = [
  healthRoutes,
  authRoutes,
  oidcRoutes,
  userRoutes,
  userCredentialRoutes,
  accountLinkRoutes,
  tokenRoutes,
  auditRoutes,
  programRoutes,
  programMemberRoutes,
  teamRoutes,
  workstreamRoutes,
  programCalendarRoutes,
  programResourceRoutes,
  changeRequestRoutes,
  milestoneRoutes,
  taskRoutes,
  dependencyRoutes,
  scheduleRoutes,
  baselineRoutes,
  planTransferRoutes,
  planUpdateRoutes,
  calendarFeedRoutes,
  taskAssignmentRoutes,
  resourceLoadRoutes,
  holidayRoutes,
  forecastRoutes,
  riskRoutes,
  assumptionRoutes,
  programIssueRoutes,
  externalDependencyRoutes,
  decisionRoutes,
  objectiveRoutes,
  actionItemRoutes,
  notificationRoutes,
  statusReportRoutes,
  searchRoutes,
  postMortemRoutes,
  reviewRoutes,
  myWorkRoutes,
  intakeRoutes,
  integrationRoutes,
  personRoutes,
  careerLadderRoutes,
  allocationRoutes,
  capacityRoutes,
  headcountRoutes,
  kpiRoutes,
  backupRoutes,
  surveyRoutes,
];

function makeAjv(coerceTypes: boolean, useDefaults: boolean) {
  // Unknown properties are rejected (never stripped), and every issue is reported.
  const ajv = new Ajv.default({
    allErrors: true,
    removeAdditional: false,
    useDefaults,
    coerceTypes,
    strict: false,
    // `strict: false` also turns this off: without it 1e999 (Infinity) passes `type: number`.
    strictNumbers: true,
    // A `oneOf` with a discriminator (a change request's changes) is checked against the one
    // branch its tag names: one issue per bad field, not one pile per branch.
    discriminator: true,
    // Errors carry their schema, so a message can name both bounds of a range (contracts/issue-messages.ts).
    verbose: true,
  });
  addFormats.default(ajv);
  addBoundedDateFormats(ajv);
  return ajv;
}

export const webDistDir = path.join(packageRoot, 'dist', 'web');

export async function buildApp(
  container: Container,
  options: {
    logger?: FastifyBaseLogger;
    /** WAYMARK_PUBLIC_URL: also Waymark's own origin for the CSRF check (server/config.ts). */
    publicUrl?: string | undefined;
  } = {},
): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: container.http.trustProxy,
    bodyLimit: 1024 * 1024,
    ...frameworkErrorOptions,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Bodies are never coerced ({"name": 5} is an error, not "5"); query strings and params must be.
  // A schema default describes what creation fills in. Filled into a PATCH or PUT body it
  // would overwrite a stored value the client never named, so only POST bodies get them.
  const createBodyAjv = makeAjv(false, true);
  const updateBodyAjv = makeAjv(false, false);
  const textAjv = makeAjv(true, true);
  app.setValidatorCompiler(({ schema, httpPart, method }) =>
    (httpPart !== 'body' ? textAjv : method === 'POST' ? createBodyAjv : updateBodyAjv).compile(
      schema,
    ),
  );

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.addSchema(ErrorBody);
  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(inputLimitsPlugin);
  await app.register(cookie);
  await app.register(csrfProtectionPlugin, { publicUrl: options.publicUrl });
  await app.register(bodyContentTypePlugin);
  await app.register(openapiPlugin);
  await app.register(authenticationPlugin, container);
  await app.register(accessControlPlugin, container);
  await app.register(rateLimitPlugin, container);
  for (const routes of ROUTE_MODULES)
    await app.register(async (scope) => routes(scope as App, container));

  if (existsSync(webDistDir)) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
    });
  }
  // The web app routes in the browser: unknown non-API GETs get index.html.
  app.setNotFoundHandler((request, reply) => {
    if (
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      existsSync(path.join(webDistDir, 'index.html'))
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}.`,
        issues: [],
      },
    });
  });
  return app;
}
