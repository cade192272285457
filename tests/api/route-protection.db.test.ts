import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '../../contracts/account.schema.js';
import type { MemberRole } from '../../contracts/program-member.schema.js';
import type { AccessRule } from '../../server/modules/access/access-rule.js';
import { grants, programAccess } from '../../server/modules/access/program-access-policy.js';
import { ROUTE_PERMISSIONS } from '../../server/modules/access/route-permissions.js';
import type { ApiClient } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { repoRoot } from '../support/waymark-process.js';
import { buildAccessWorld, type AccessWorld } from './access/access-world.js';

/**
 * The role × membership matrix (issue 14): every operation of the OpenAPI
 * document, called by each persona below on a members-only program's rows,
 * answers as its rule in ROUTE_PERMISSIONS says. A route without a rule fails.
 */
interface Persona {
  name: string;
  role: Role | null;
  membership: MemberRole | null;
}
const PERSONAS: Persona[] = [
  { name: 'anonymous', role: null, membership: null },
  { name: 'stakeholder non-member', role: 'stakeholder', membership: null },
  { name: 'stakeholder viewer', role: 'stakeholder', membership: 'viewer' },
  { name: 'tpm non-member', role: 'tpm', membership: null },
  { name: 'tpm editor', role: 'tpm', membership: 'editor' },
  { name: 'tpm_manager', role: 'tpm_manager', membership: null },
  { name: 'admin', role: 'admin', membership: 'owner' },
];

type Outcome = 'allowed' | 401 | 403 | 404;

/**
 * Writes whose rule depends on the row, which the table cannot say: objectives belong
 * to no program, and the service lets only TPM managers and admins change an
 * organization objective (the world's), a person only their own. Signed-in TPMs get 403.
 */
const OBJECTIVE_WRITES = new Set([
  'PATCH /api/objectives/:id',
  'DELETE /api/objectives/:id',
  'POST /api/objectives/:id/commit',
  'POST /api/objectives/:id/grade',
  'POST /api/objectives/:id/key-results',
  'PATCH /api/key-results/:id',
  'DELETE /api/key-results/:id',
  'POST /api/key-results/:id/check-ins',
]);

/** What the rule promises this persona (the world's program is members-only). */
function expectedOutcome(rule: AccessRule, persona: Persona, method: string, key = ''): Outcome {
  if ('public' in rule) return 'allowed';
  if (!persona.role) return 401;
  if (OBJECTIVE_WRITES.has(key) && (persona.role === 'tpm' || persona.role === 'stakeholder'))
    return 403;
  const anyRoleMayWrite = 'anyRoleMayWrite' in rule && rule.anyRoleMayWrite;
  if (method !== 'GET' && persona.role === 'stakeholder' && !anyRoleMayWrite) return 403;
  if ('signedIn' in rule) return 'allowed';
  if ('roles' in rule) return rule.roles.includes(persona.role) ? 'allowed' : 403;
  // The world's person is none of the personas, and nobody here manages them.
  if ('selfOr' in rule) return rule.selfOr.includes(persona.role) ? 'allowed' : 403;
  if ('personal' in rule)
    return persona.role === 'admin' || persona.role === 'tpm_manager' ? 'allowed' : 403;
  if (rule.orRoles?.includes(persona.role)) return 'allowed';
  // Every requirement locates the world's program (see requestFor).
  const access = programAccess(persona.role, 'members', persona.membership);
  for (const requirement of rule.programs) {
    if (!access.canRead) return 404;
    if (!grants(access, requirement.need)) return 403;
  }
  return 'allowed';
}

const doc = JSON.parse(
  readFileSync(path.join(repoRoot, 'contracts', 'generated', 'openapi.json'), 'utf8'),
) as {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
};
const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
  Object.entries(methods).map(([m, operation]) => ({
    method: m.toUpperCase(),
    template: p,
    key: `${m.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ':$1')}`,
    // A JSON body ({}); a file body (plan import's text) is not sent: the access check comes first either way.
    takesBody: operation.requestBody?.content?.['application/json'] !== undefined,
  })),
);

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** The world's row that each path segment's parameter names. */
function idFor(collection: string, parameter: string, world: AccessWorld): string {
  const byCollection: Record<string, string> = {
    programs: world.program,
    workstreams: world.workstream,
    'program-calendars': world.calendar,
    'program-resources': world.programResource,
    milestones: world.milestone,
    criteria: world.criterion,
    tasks: world.task,
    dependencies: world.dependency,
    baselines: world.baseline,
    forecasts: world.forecast,
    risks: world.risk,
    assumptions: world.assumption,
    issues: world.programIssue,
    'external-dependencies': world.externalDependency,
    'change-requests': world.changeRequest,
    'task-assignments': world.taskAssignment,
    allocations: world.allocation,
    people: world.person,
    users: world.person,
    'time-off': world.timeOff,
    members: world.removableMember,
    tracks: world.careerTrack,
    levels: world.careerLevel,
    competencies: world.competency,
    roles: world.headcountRole,
    needs: world.staffingNeed,
    decisions: world.decision,
    'action-items': world.actionItem,
    'status-reports': world.statusReport,
    'post-mortems': world.postMortem,
    reviews: world.review,
    surveys: world.survey,
    objectives: world.objective,
    'key-results': world.keyResult,
  };
  if (parameter === 'token') return 'wmf_nosuchfeed';
  // KPI ids are names, not uuids.
  if (collection === 'kpis') return 'intake_sla_attainment';
  return byCollection[collection] ?? NO_SUCH_ID;
}

function requestFor(operation: (typeof operations)[number], world: AccessWorld) {
  const segments = operation.template.split('/');
  const url = segments
    .map((segment, i) =>
      segment.replace(/\{([^}]+)\}/, (_, name: string) => idFor(segments[i - 1]!, name, world)),
    )
    .join('/');
  const query: Record<string, string> = {
    'GET /api/dependencies': `?programId=${world.program}`,
    'GET /api/allocations': `?programId=${world.program}`,
    'GET /api/audit': `?programId=${world.program}`,
    'GET /api/forecast-accuracy': `?programId=${world.program}`,
    'GET /api/risks': `?programId=${world.program}`,
    'GET /api/surveys': `?programId=${world.program}`,
    'GET /api/action-items': `?programId=${world.program}`,
    'GET /api/search': `?q=world&programId=${world.program}`,
  };
  const bodies: Record<string, unknown> = {
    'POST /api/dependencies': { predecessorId: world.task2, successorId: world.task },
    'POST /api/allocations': { programId: world.program },
    'PATCH /api/allocations/:id': { programId: world.program },
    'POST /api/portfolio/forecasts': { programIds: [world.program] },
    'POST /api/requests/:id/triage': { programId: world.program },
    'POST /api/action-items': { programId: world.program },
    'POST /api/surveys': { programId: world.program },
    'POST /api/reviews': { programIds: [world.program] },
    'PATCH /api/reviews/:id': { programIds: [world.program] },
    'PATCH /api/kpis/:id/target': { version: 1, target: 0.9 },
    'POST /api/objectives/:id/programs': { programId: world.program },
  };
  const body = operation.takesBody ? (bodies[operation.key] ?? {}) : undefined;
  return { url: url + (query[operation.key] ?? ''), body };
}

let server: TestServer;
let clients: Map<string, ApiClient | null>;
let members: Parameters<typeof buildAccessWorld>[2];
let world: AccessWorld;
let admin: ApiClient;

// Walked once, on the embedded database: its subject is each route's rule (the same SQL runs
// against the external server in every module's API test), and it is the tier's longest file.
const externalRun = inject('databaseMode') === 'external';

beforeAll(async () => {
  if (externalRun) return;
  server = await startTestServer();
  clients = new Map();
  for (const persona of PERSONAS)
    clients.set(
      persona.name,
      persona.role ? await server.signIn(persona.role) : server.anonymous(),
    );
  admin = clients.get('admin')!;
  const person = await server.signIn('tpm', { name: 'Pat Personal' });
  const removable = await server.signIn('stakeholder', { name: 'Remy Removable' });
  members = {
    viewer: (clients.get('stakeholder viewer') as ApiClient & { user: { id: string } }).user.id,
    editor: (clients.get('tpm editor') as ApiClient & { user: { id: string } }).user.id,
    person: person.user.id,
    removableMember: removable.user.id,
  };
  world = await buildAccessWorld(admin, server.db, members);
}, 120_000);
afterAll(async () => server?.close());

describe.skipIf(externalRun /* reason: see externalRun */)('the permission table', () => {
  it('has a rule for every operation of the OpenAPI document, and no rule without a route', () => {
    const documented = new Set(operations.map((o) => o.key));
    expect(operations.filter((o) => !ROUTE_PERMISSIONS[o.key]).map((o) => o.key)).toEqual([]);
    // The API description itself is hidden from the document.
    expect(
      Object.keys(ROUTE_PERMISSIONS).filter(
        (k) => !documented.has(k) && k !== 'GET /api/openapi.json',
      ),
    ).toEqual([]);
  });

  it(`walks ${operations.length} operations × ${PERSONAS.length} personas`, () => {
    expect(operations.length).toBeGreaterThan(130);
  });
});

// Sign-out ends the caller's session: it runs last, for each persona on a session of its own.
const ordered = [...operations].sort(
  (a, b) => Number(a.key.includes('sign-out')) - Number(b.key.includes('sign-out')),
);

describe.skipIf(externalRun /* reason: see externalRun */).each(ordered)('$key', (operation) => {
  it.each(PERSONAS)('answers $name as its rule says', async (persona) => {
    const rule = ROUTE_PERMISSIONS[operation.key];
    expect(rule, `${operation.key} has no permission rule`).toBeDefined();
    const expected = expectedOutcome(rule!, persona, operation.method, operation.key);
    // A write that is let through may delete or change the row: it gets a world of its own.
    const target =
      expected === 'allowed' && operation.method === 'DELETE'
        ? await buildAccessWorld(admin, server.db, {
            ...members,
            removableMember: (await server.signIn('stakeholder')).user.id,
          })
        : world;
    const client =
      operation.key.includes('sign-out') && persona.role
        ? await server.signIn(persona.role)
        : clients.get(persona.name)!;
    const { url, body } = requestFor(operation, target);
    const r = await client.request(operation.method, url, body);
    const seen = `${operation.method} ${url} as ${persona.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
    if (expected === 'allowed' && 'public' in rule!) {
      // Public routes authenticate the call themselves (a signature, a secret): never as accounts.
      expect(r.status, seen).not.toBe(403);
      expect(r.body?.error?.message, seen).not.toBe('Sign in or send an API token.');
    } else if (expected === 'allowed') {
      expect([401, 403], seen).not.toContain(r.status);
      // The world's rows exist: a 404 would be the permission layer hiding them.
      if ('programs' in rule!) expect(r.status, seen).not.toBe(404);
    } else {
      expect(r.status, seen).toBe(expected);
      expect(r.body.error.code, seen).toBe(
        { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[expected],
      );
    }
  });
});

describe.skipIf(externalRun /* reason: see externalRun */)(
  'the rule is what a person expects',
  () => {
    it('hides a members-only program from a tpm who is not a member, and lets an editor change it', async () => {
      const outsider = clients.get('tpm non-member')!;
      expect((await outsider.get(`/api/programs/${world.program}`)).status).toBe(404);
      const list = await outsider.get('/api/programs?limit=200');
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(world.program);
      const editor = clients.get('tpm editor')!;
      const { version } = (await editor.get(`/api/programs/${world.program}`)).body;
      const edited = await editor.patch(`/api/programs/${world.program}`, {
        version,
        summary: 'Edited',
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    });

    it('answers a hidden row exactly as a missing one, so ids reveal nothing', async () => {
      const outsider = clients.get('tpm non-member')!;
      for (const [template, id] of [
        ['/api/programs/{id}', world.program],
        ['/api/programs/{id}/tasks', world.program],
        ['/api/tasks/{id}', world.task],
        ['/api/milestones/{id}', world.milestone],
        ['/api/dependencies/{id}', world.dependency],
      ] as const) {
        const hidden = await outsider.get(template.replace('{id}', id));
        const missing = await outsider.get(template.replace('{id}', NO_SUCH_ID));
        expect(hidden.status, template).toBe(404);
        expect(JSON.stringify(hidden.body).replaceAll(id, 'ID'), template).toBe(
          JSON.stringify(missing.body).replaceAll(NO_SUCH_ID, 'ID'),
        );
      }
    });
  },
);
