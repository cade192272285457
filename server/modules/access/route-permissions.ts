import type { Role } from '../../../contracts/account.schema.js';
import { own, read, write, type AccessRule } from './access-rule.js';

const ADMIN: readonly Role[] = ['admin'];
const MANAGERS: readonly Role[] = ['admin', 'tpm_manager'];
const LADDER: AccessRule = { roles: ADMIN, refusal: 'Only an admin can edit the career ladder.' };
const HEADCOUNT: AccessRule = {
  roles: MANAGERS,
  refusal: 'Only a TPM manager or an admin plans headcount.',
};
const KPI_TARGETS: AccessRule = {
  roles: MANAGERS,
  refusal: 'Only a TPM manager or an admin sets KPI targets.',
};
const signedIn: AccessRule = { signedIn: true };
/** Any account, a stakeholder's included: it changes only what is the caller's own. */
const anyAccount: AccessRule = { signedIn: true, anyRoleMayWrite: true };

/**
 * The permission rule of every route, in one table so that it reads as a whole.
 * A route missing from it stops the server from starting; the role × membership
 * matrix test (tests/api/route-protection.db.test.ts) walks every row.
 */
export const ROUTE_PERMISSIONS: Record<string, AccessRule> = {
  'GET /api/openapi.json': { public: 'the API description; says nothing about the data' },
  'GET /api/health': { public: 'a liveness probe; says nothing about the data' },
  'POST /api/auth/sign-in': { public: 'the password is the credential' },
  'POST /api/auth/sign-out': anyAccount,
  'GET /api/me': signedIn,
  // Only the caller's own work, of programs the caller may see.
  'GET /api/me/work': signedIn,
  'GET /api/auth/methods': { public: 'the sign-in page asks before there is an account' },
  'GET /api/auth/oidc/start': { public: 'sign-in with OpenID Connect starts without an account' },
  'GET /api/auth/oidc/callback': {
    public: 'the OpenID provider’s signed answer is the credential',
  },
  'POST /api/auth/invitations/inspect': { public: 'the link’s secret is the credential' },
  'POST /api/auth/invitations/accept': { public: 'the link’s secret is the credential' },
  'GET /api/feeds/:token.ics': { public: 'the secret feed URL is the credential' },
  'POST /api/integrations/slack/commands': { public: 'Slack signs every call' },
  'POST /api/integrations/gitlab/webhook': { public: 'GitLab sends the shared secret' },

  // Accounts
  'GET /api/users': signedIn,
  'POST /api/users': { roles: ADMIN, refusal: 'Only an admin can create accounts.' },
  // One's own account reaches the service, which explains why a role cannot be raised.
  'PATCH /api/users/:id': {
    selfOr: ADMIN,
    param: 'id',
    anyRoleMayWrite: true,
    refusal: 'Only an admin can change accounts.',
  },
  'POST /api/users/invitations': { roles: ADMIN, refusal: 'Only an admin can invite people.' },
  'POST /api/users/:id/password-reset': {
    roles: ADMIN,
    refusal: 'Only an admin can make password-reset links.',
  },
  'GET /api/users/:id/sessions': { selfOr: ADMIN, param: 'id' },
  'DELETE /api/users/:id/sessions/:sessionId': {
    selfOr: ADMIN,
    param: 'id',
    anyRoleMayWrite: true,
  },
  'GET /api/users/:id/tokens': { selfOr: ADMIN, param: 'id' },
  'DELETE /api/users/:id/tokens/:tokenId': { selfOr: ADMIN, param: 'id', anyRoleMayWrite: true },
  'POST /api/tokens': anyAccount,
  'GET /api/tokens': signedIn,
  'DELETE /api/tokens/:id': anyAccount,
  'GET /api/backups': { roles: ADMIN, refusal: 'Only an admin can see the backups.' },
  // The whole log for admins; one program's log for its owners too.
  'GET /api/audit': {
    programs: [{ need: 'audit', of: 'program', at: { query: 'programId' } }],
    orRoles: ADMIN,
    unlocated: 'refuse',
  },

  // Programs and everything planned under them
  'GET /api/programs': signedIn,
  'POST /api/programs': signedIn,
  'POST /api/programs/import': signedIn,
  'GET /api/import-jobs/:id': signedIn,
  'GET /api/programs/:id': { programs: [read('program')] },
  'PATCH /api/programs/:id': { programs: [write('program')] },
  'DELETE /api/programs/:id': { programs: [own('program')] },
  'GET /api/programs/:id/plan': { programs: [read('program')] },
  'GET /api/programs/:id/export': { programs: [read('program')] },
  'POST /api/programs/:id/import/preview': { programs: [write('program')] },
  'POST /api/programs/:id/import/apply': { programs: [write('program')] },
  'GET /api/programs/:id/members': { programs: [read('program')] },
  'POST /api/programs/:id/members': { programs: [own('program')] },
  'DELETE /api/programs/:id/members/:userId': { programs: [own('program')] },
  'POST /api/programs/:id/calendar-feed': { programs: [read('program')] },
  'POST /api/me/calendar-feed': anyAccount,

  'GET /api/programs/:id/workstreams': { programs: [read('program')] },
  'POST /api/programs/:id/workstreams': { programs: [write('program')] },
  'GET /api/workstreams/:id': { programs: [read('workstream')] },
  'PATCH /api/workstreams/:id': { programs: [write('workstream')] },
  'DELETE /api/workstreams/:id': { programs: [write('workstream')] },
  'GET /api/programs/:id/calendars': { programs: [read('program')] },
  'POST /api/programs/:id/calendars': { programs: [write('program')] },
  'GET /api/program-calendars/:id': { programs: [read('calendar')] },
  'PATCH /api/program-calendars/:id': { programs: [write('calendar')] },
  'DELETE /api/program-calendars/:id': { programs: [write('calendar')] },
  'GET /api/programs/:id/resources': { programs: [read('program')] },
  'GET /api/program-resources/:id': { programs: [read('programResource')] },
  'PATCH /api/program-resources/:id': { programs: [write('programResource')] },
  'DELETE /api/program-resources/:id': { programs: [write('programResource')] },

  'GET /api/programs/:id/milestones': { programs: [read('program')] },
  'POST /api/programs/:id/milestones': { programs: [write('program')] },
  'GET /api/milestones/:id': { programs: [read('milestone')] },
  'PATCH /api/milestones/:id': { programs: [write('milestone')] },
  'DELETE /api/milestones/:id': { programs: [write('milestone')] },
  'POST /api/milestones/:id/criteria': { programs: [write('milestone')] },
  'GET /api/criteria/:id': { programs: [read('criterion')] },
  'PATCH /api/criteria/:id': { programs: [write('criterion')] },
  'DELETE /api/criteria/:id': { programs: [write('criterion')] },

  'GET /api/programs/:id/tasks': { programs: [read('program')] },
  'POST /api/programs/:id/tasks': { programs: [write('program')] },
  'GET /api/tasks/:id': { programs: [read('task')] },
  'PATCH /api/tasks/:id': { programs: [write('task')] },
  'DELETE /api/tasks/:id': { programs: [write('task')] },

  // A dependency belongs to its successor's plan; its predecessor may be another program's.
  'GET /api/dependencies': {
    programs: [read('program', { query: 'programId' }), read('planItem', { query: 'itemId' })],
  },
  'POST /api/dependencies': {
    programs: [
      write('planItem', { body: 'successorId' }),
      read('planItem', { body: 'predecessorId' }),
    ],
  },
  'GET /api/dependencies/:id': { programs: [read('dependency')] },
  'PATCH /api/dependencies/:id': { programs: [write('dependency')] },
  'DELETE /api/dependencies/:id': { programs: [write('dependency')] },

  'GET /api/programs/:id/schedule': { programs: [read('program')] },
  'POST /api/programs/:id/schedule': { programs: [write('program')] },
  'POST /api/programs/:id/schedule/level': { programs: [write('program')] },
  'GET /api/programs/:id/resource-load': { programs: [read('program')] },
  'GET /api/programs/:id/baselines': { programs: [read('program')] },
  'POST /api/programs/:id/baselines': { programs: [write('program')] },
  'GET /api/programs/:id/baselines/compare': { programs: [read('program')] },
  'GET /api/baselines/:id': { programs: [read('baseline')] },
  'PATCH /api/baselines/:id': { programs: [write('baseline')] },
  'DELETE /api/baselines/:id': { programs: [write('baseline')] },

  'GET /api/tasks/:id/assignments': { programs: [read('task')] },
  'POST /api/tasks/:id/assignments': { programs: [write('task')] },
  'POST /api/tasks/:id/assignments/check': { programs: [write('task')] },
  'GET /api/programs/:id/assignments': { programs: [read('program')] },
  'PATCH /api/task-assignments/:id': { programs: [write('taskAssignment')] },
  'DELETE /api/task-assignments/:id': { programs: [write('taskAssignment')] },

  'POST /api/programs/:id/forecasts': { programs: [write('program')] },
  'GET /api/programs/:id/forecasts': { programs: [read('program')] },
  'POST /api/portfolio/forecasts': { programs: [read('program', { body: 'programIds' })] },
  'GET /api/portfolio/forecasts': signedIn,
  'GET /api/forecasts/:id': { programs: [read('forecast')] },
  'GET /api/forecast-accuracy': { programs: [read('program', { query: 'programId' })] },
  'GET /api/programs/:id/risks': { programs: [read('program')] },
  // Across the portfolio: the service lists only the programs the caller can see.
  'GET /api/risks': { programs: [read('program', { query: 'programId' })] },
  'POST /api/programs/:id/risks': { programs: [write('program')] },
  'GET /api/risks/:id': { programs: [read('risk')] },
  'PATCH /api/risks/:id': { programs: [write('risk')] },
  'DELETE /api/risks/:id': { programs: [write('risk')] },
  // Decisions: a program's follow the program's rule; portfolio decisions (of no program)
  // are seen by everyone signed in, and recorded and changed only by TPM managers and
  // admins (POST below; PATCH and DELETE by the routes' own guard, as no program locates them).
  'GET /api/programs/:id/decisions': { programs: [read('program')] },
  'POST /api/programs/:id/decisions': { programs: [write('program')] },
  'GET /api/decisions': signedIn,
  'POST /api/decisions': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager or an admin records portfolio decisions.',
  },
  'GET /api/decisions/:id': { programs: [read('decision')] },
  'PATCH /api/decisions/:id': { programs: [write('decision')] },
  'DELETE /api/decisions/:id': { programs: [write('decision')] },
  // Surveys follow their program's rule; a survey of no program is seen by everyone signed
  // in and changed only by TPM managers and admins (the service and the routes' guard).
  'GET /api/surveys': { programs: [read('program', { query: 'programId' })] },
  'POST /api/surveys': { programs: [write('program', { body: 'programId' })] },
  'GET /api/surveys/:id': { programs: [read('survey')] },
  'PATCH /api/surveys/:id': { programs: [write('survey')] },
  'DELETE /api/surveys/:id': { programs: [write('survey')] },
  'POST /api/surveys/:id/invitations': { programs: [write('survey')] },
  'GET /api/surveys/:id/results': { programs: [read('survey')] },
  'GET /api/survey-responses/:token': { public: 'the survey link’s secret is the credential' },
  'POST /api/survey-responses/:token': { public: 'the survey link’s secret is the credential' },
  // OKRs: everyone signed in reads them. Objectives belong to no program, so the table
  // cannot say whose they are: the service lets TPM managers and admins write organization
  // and team objectives, and a person their own (403 otherwise). Aligning a program needs
  // write on that program.
  'GET /api/objectives': signedIn,
  'POST /api/objectives': signedIn,
  'GET /api/objectives/unaligned-programs': signedIn,
  'GET /api/objectives/:id': signedIn,
  'PATCH /api/objectives/:id': signedIn,
  'DELETE /api/objectives/:id': signedIn,
  'POST /api/objectives/:id/commit': signedIn,
  'POST /api/objectives/:id/grade': signedIn,
  'POST /api/objectives/:id/programs': { programs: [write('program', { body: 'programId' })] },
  'DELETE /api/objectives/:id/programs/:programId': {
    programs: [write('program', { param: 'programId' })],
  },
  'POST /api/objectives/:id/key-results': signedIn,
  'PATCH /api/key-results/:id': signedIn,
  'DELETE /api/key-results/:id': signedIn,
  'POST /api/key-results/:id/check-ins': signedIn,
  'GET /api/key-results/:id/check-ins': signedIn,
  // Status reports: read with the program (drafts only by its editors: the service
  // answers 404 to other readers); every change needs program write.
  'GET /api/programs/:id/status-reports': { programs: [read('program')] },
  'POST /api/programs/:id/status-reports': { programs: [write('program')] },
  'GET /api/status-reports/:id': { programs: [read('statusReport')] },
  'PATCH /api/status-reports/:id': { programs: [write('statusReport')] },
  'DELETE /api/status-reports/:id': { programs: [write('statusReport')] },
  'POST /api/status-reports/:id/publish': { programs: [write('statusReport')] },
  'POST /api/status-reports/:id/refresh': { programs: [write('statusReport')] },
  'GET /api/status-reports/:id/export': { programs: [read('statusReport')] },
  'GET /api/status-reports/:id/diff': { programs: [read('statusReport')] },
  'POST /api/status-reports/:id/deliver': { programs: [write('statusReport')] },
  // The Slack webhook URL is a secret: only those who change the program see it.
  'GET /api/programs/:id/report-settings': { programs: [write('program')] },
  'PUT /api/programs/:id/report-settings': { programs: [write('program')] },
  // Post-mortems follow their program's rule; the template is the organization's.
  'GET /api/programs/:id/post-mortems': { programs: [read('program')] },
  'POST /api/programs/:id/post-mortems': { programs: [write('program')] },
  'GET /api/post-mortems/:id': { programs: [read('postMortem')] },
  'PATCH /api/post-mortems/:id': { programs: [write('postMortem')] },
  'DELETE /api/post-mortems/:id': { programs: [write('postMortem')] },
  'POST /api/post-mortems/:id/publish': { programs: [write('postMortem')] },
  'GET /api/post-mortems/:id/timeline': { programs: [read('postMortem')] },
  'GET /api/post-mortem-template': signedIn,
  'PUT /api/post-mortem-template': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager or an admin changes the post-mortem template.',
  },
  // Reviews: a program review needs read (write to change it) on every one of its programs;
  // a portfolio review (of no program) is seen by everyone signed in and changed by its
  // creator, TPM managers and admins (the routes' own guard, as no program locates it).
  'GET /api/reviews': signedIn,
  'POST /api/reviews': { programs: [write('program', { body: 'programIds' })] },
  'GET /api/reviews/:id': { programs: [read('review')] },
  'PATCH /api/reviews/:id': {
    programs: [write('review'), write('program', { body: 'programIds' })],
  },
  'DELETE /api/reviews/:id': { programs: [write('review')] },
  'GET /api/reviews/:id/occurrences': { programs: [read('review')] },
  'GET /api/reviews/:id/agenda': { programs: [read('review')] },
  'POST /api/reviews/:id/outcomes': { programs: [write('review')] },
  'DELETE /api/reviews/:id/outcomes/:outcomeId': { programs: [write('review')] },
  // The RAID log's assumptions, issues and dependencies (portfolio lists show what one can see)
  'GET /api/programs/:id/assumptions': { programs: [read('program')] },
  'POST /api/programs/:id/assumptions': { programs: [write('program')] },
  'GET /api/assumptions': signedIn,
  'GET /api/assumptions/:id': { programs: [read('assumption')] },
  'PATCH /api/assumptions/:id': { programs: [write('assumption')] },
  'DELETE /api/assumptions/:id': { programs: [write('assumption')] },
  'GET /api/programs/:id/issues': { programs: [read('program')] },
  'POST /api/programs/:id/issues': { programs: [write('program')] },
  'GET /api/issues': signedIn,
  'GET /api/issues/:id': { programs: [read('programIssue')] },
  'PATCH /api/issues/:id': { programs: [write('programIssue')] },
  'DELETE /api/issues/:id': { programs: [write('programIssue')] },
  'GET /api/programs/:id/external-dependencies': { programs: [read('program')] },
  'POST /api/programs/:id/external-dependencies': { programs: [write('program')] },
  'GET /api/external-dependencies': signedIn,
  'GET /api/external-dependencies/:id': { programs: [read('externalDependency')] },
  'PATCH /api/external-dependencies/:id': { programs: [write('externalDependency')] },
  'DELETE /api/external-dependencies/:id': { programs: [write('externalDependency')] },
  'GET /api/programs/:id/raid-dependencies': { programs: [read('program')] },
  'GET /api/programs/:id/change-requests': { programs: [read('program')] },
  'POST /api/programs/:id/change-requests': { programs: [write('program')] },
  'GET /api/change-requests/:id': { programs: [read('changeRequest')] },
  'PATCH /api/change-requests/:id': { programs: [write('changeRequest')] },
  'DELETE /api/change-requests/:id': { programs: [write('changeRequest')] },
  'POST /api/change-requests/:id/submit': { programs: [write('changeRequest')] },
  'POST /api/change-requests/:id/decision': { programs: [write('changeRequest')] },

  // Calendars and teams
  'GET /api/holidays': signedIn,
  'POST /api/holidays': signedIn,
  'PATCH /api/holidays/:id': signedIn,
  'DELETE /api/holidays/:id': signedIn,
  'GET /api/teams': signedIn,
  'POST /api/teams': signedIn,
  'GET /api/teams/:id': signedIn,
  'PATCH /api/teams/:id': signedIn,
  'DELETE /api/teams/:id': signedIn,

  // Intake: the services decide whose requests one sees (requesters see their own).
  'GET /api/request-template': signedIn,
  'PUT /api/request-template': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager changes the request template.',
  },
  'POST /api/requests': anyAccount,
  'GET /api/requests': signedIn,
  'GET /api/requests/:id': signedIn,
  // Its requester while it is open, a TPM always; the service tells them apart.
  'PATCH /api/requests/:id': anyAccount,
  // Accepting a request into a program adds to that program.
  'POST /api/requests/:id/triage': { programs: [write('program', { body: 'programId' })] },
  'POST /api/requests/:id/waiting': signedIn,
  'POST /api/requests/:id/routing-suggestions': signedIn,
  'GET /api/requests/:id/routing-suggestions/latest': signedIn,
  'POST /api/requests/:id/assign': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager assigns requests.',
  },
  // Notifications and their preferences: one's own only (the service reads the caller).
  'GET /api/notifications': signedIn,

  // Search: the service shows only what the caller may read (programSight, the intake rule).
  'GET /api/search': { programs: [read('program', { query: 'programId' })] },
  'POST /api/notifications/:id/read': anyAccount,
  'POST /api/notifications/read-all': anyAccount,
  'GET /api/me/notification-preferences': signedIn,
  'PUT /api/me/notification-preferences': anyAccount,
  'GET /api/programs/:id/notification-settings': { programs: [write('program')] },
  'PUT /api/programs/:id/notification-settings': { programs: [write('program')] },
  'GET /api/teams/:id/notification-settings': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager or an admin sets where a team’s events are posted.',
  },
  'PUT /api/teams/:id/notification-settings': {
    roles: MANAGERS,
    refusal: 'Only a TPM manager or an admin sets where a team’s events are posted.',
  },

  // Action items: a program's follow the program's rule (its owner may still change the
  // status of theirs: the service checks); portfolio items (no program) are checked there.
  'GET /api/action-items': signedIn,
  'POST /api/action-items': { programs: [write('program', { body: 'programId' })] },
  'GET /api/programs/:id/action-items': { programs: [read('program')] },
  'GET /api/action-items/:id': { programs: [read('actionItem')] },
  'PATCH /api/action-items/:id': { programs: [read('actionItem')] },
  'DELETE /api/action-items/:id': { programs: [write('actionItem')] },

  // People: the directory is open; personal records are the person's and their managers'.
  'GET /api/people': signedIn,
  'GET /api/people/:id': signedIn,
  'PATCH /api/people/:id': { selfOr: MANAGERS, param: 'id' },
  'PUT /api/people/:id/skills': { selfOr: MANAGERS, param: 'id' },
  'POST /api/people/:id/time-off': { personal: 'person', at: { param: 'id' }, records: 'time off' },
  'PATCH /api/time-off/:id': { personal: 'timeOff', at: { param: 'id' }, records: 'time off' },
  'DELETE /api/time-off/:id': { personal: 'timeOff', at: { param: 'id' }, records: 'time off' },
  'GET /api/people/:id/assessments': {
    personal: 'person',
    at: { param: 'id' },
    records: 'assessments',
  },
  'PUT /api/people/:id/assessments': {
    personal: 'person',
    at: { param: 'id' },
    records: 'assessments',
  },
  'GET /api/people/:id/capacity': signedIn,
  'GET /api/career-ladder': signedIn,
  'GET /api/career-ladder/readiness': signedIn,
  'POST /api/career-ladder/competencies': LADDER,
  'PATCH /api/career-ladder/competencies/:id': LADDER,
  'DELETE /api/career-ladder/competencies/:id': LADDER,
  'PUT /api/career-ladder/competencies/:id/expectations/:levelId': LADDER,
  'PATCH /api/career-ladder/levels/:id': LADDER,
  'PATCH /api/career-ladder/tracks/:id': LADDER,
  'POST /api/career-ladder/tracks': LADDER,
  'DELETE /api/career-ladder/tracks/:id': LADDER,
  'POST /api/career-ladder/levels': LADDER,
  'DELETE /api/career-ladder/levels/:id': LADDER,

  // Capacity: an allocation to a program is that program's business.
  'GET /api/allocations': { programs: [read('program', { query: 'programId' })] },
  'POST /api/allocations': { programs: [write('program', { body: 'programId' })] },
  'POST /api/allocations/check': signedIn,
  'GET /api/allocations/:id': { programs: [read('allocation')] },
  'PATCH /api/allocations/:id': {
    programs: [write('allocation'), write('program', { body: 'programId' })],
  },
  'DELETE /api/allocations/:id': { programs: [write('allocation')] },
  'GET /api/capacity/heatmap': signedIn,
  'GET /api/headcount': signedIn,
  'GET /api/headcount/roles/:id': signedIn,
  'GET /api/headcount/needs/:id': signedIn,
  'POST /api/headcount/roles': HEADCOUNT,
  'PATCH /api/headcount/roles/:id': HEADCOUNT,
  'DELETE /api/headcount/roles/:id': HEADCOUNT,
  'POST /api/headcount/needs': HEADCOUNT,
  'PATCH /api/headcount/needs/:id': HEADCOUNT,
  'DELETE /api/headcount/needs/:id': HEADCOUNT,

  // KPIs: computed over the programs the caller can see (programSight in the service).
  'GET /api/kpis': signedIn,
  'GET /api/kpis/:id': signedIn,
  'GET /api/kpis/:id/target': signedIn,
  'PATCH /api/kpis/:id/target': KPI_TARGETS,
};
