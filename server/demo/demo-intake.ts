import type { Queryable } from '../db/database.js';
import { SYSTEM_CONTEXT } from '../request-context.js';
import { recordRequestEvent } from '../modules/intake/request-event.repository.js';
import { insertRequest, type NewRequest } from '../modules/intake/request.repository.js';

interface DemoRequest {
  request: Omit<NewRequest, 'requesterId' | 'requesterName' | 'requesterTimeZone' | 'createdAt'>;
  /** How long ago it arrived, in hours of the wall clock. */
  ageHours: number;
  state?: 'acknowledged' | 'deferred' | 'declined';
  reason?: string;
  assignToTpm?: boolean;
}

// Invented requests from the demo organization's partners, at different points of triage.
const REQUESTS: DemoRequest[] = [
  {
    request: {
      title: 'Retire the legacy card vault',
      problem: 'Two card vaults run side by side; every change to payments has to be made twice.',
      desiredOutcome:
        'One vault, the old one switched off, with no failed charges during the move.',
      businessValue: 'Halves the compliance scope and frees a team for roadmap work.',
      teams: ['Payments', 'Security', 'Site Reliability'],
      tags: ['payments', 'security'],
      sizeGuess: 'l',
      source: 'web',
    },
    ageHours: 3,
  },
  {
    request: {
      title: 'Company-wide laptop refresh',
      problem: 'A third of laptops fall out of vendor support next quarter.',
      desiredOutcome: 'Everyone on a supported device, with data moved and old devices wiped.',
      teams: ['IT Operations', 'Finance'],
      sizeGuess: 'm',
      source: 'slack',
    },
    ageHours: 30,
    state: 'acknowledged',
    assignToTpm: true,
  },
  {
    request: {
      title: 'Offline mode for the field app',
      problem: 'Field staff lose work when they drop signal.',
      desiredOutcome: 'Edits made offline sync without conflicts when back online.',
      teams: ['Mobile', 'Data Platform'],
      tags: ['mobile'],
      sizeGuess: 's',
      source: 'gitlab',
    },
    ageHours: 200,
  },
  {
    request: {
      title: 'Vendor risk reviews in one place',
      problem: 'Reviews live in spreadsheets owned by three groups.',
      teams: ['Legal & Privacy', 'Finance'],
      sizeGuess: 'm',
      source: 'api',
    },
    ageHours: 300,
    state: 'deferred',
    reason: 'Revisit after the procurement system is chosen.',
  },
];

/**
 * A few intake requests for the demo: one fresh, one acknowledged and picked
 * up, one whose first-response clock has run out, one deferred. Requesters are
 * the demo's partners; ages are relative to now so the SLA badges vary.
 */
export async function writeDemoIntake(tx: Queryable, now: Date): Promise<number> {
  const partners = (
    await tx.query<{ id: string; name: string; time_zone: string }>(
      "SELECT id, name, time_zone FROM users WHERE role = 'stakeholder' ORDER BY name",
    )
  ).rows;
  const tpm = (
    await tx.query<{ id: string }>("SELECT id FROM users WHERE role = 'tpm' ORDER BY name LIMIT 1")
  ).rows[0];
  if (partners.length === 0) return 0;
  for (const [i, demo] of REQUESTS.entries()) {
    const requester = partners[i % partners.length]!;
    const id = await insertRequest(tx, {
      ...demo.request,
      requesterId: requester.id,
      requesterName: requester.name,
      requesterTimeZone: requester.time_zone,
      createdAt: now,
    });
    await tx.query(
      `UPDATE intake_requests SET created_at = $3::timestamptz - make_interval(hours => $2), updated_at = $3::timestamptz - make_interval(hours => $2) WHERE id = $1`,
      [id, demo.ageHours, now],
    );
    await tx.query(
      `INSERT INTO intake_request_events (request_id, at, actor_name, kind, to_state, note)
       VALUES ($1, $5::timestamptz - make_interval(hours => $2), $3, 'submitted', 'new', $4)`,
      [id, demo.ageHours, requester.name, `via ${demo.request.source}`, now],
    );
    if (demo.state) {
      await tx.query(
        `UPDATE intake_requests SET state = $2, state_reason = $3, first_response_at = $6::timestamptz - make_interval(hours => $4),
                triaged_at = CASE WHEN $2 = 'acknowledged' THEN NULL ELSE $6::timestamptz - make_interval(hours => $4) END,
                deferred_until = CASE WHEN $2 = 'deferred' THEN ($6::timestamptz + interval '60 days')::date END,
                assignee_id = $5
          WHERE id = $1`,
        [
          id,
          demo.state,
          demo.reason ?? null,
          demo.ageHours / 2,
          demo.assignToTpm && tpm ? tpm.id : null,
          now,
        ],
      );
      await recordRequestEvent(tx, SYSTEM_CONTEXT, id, {
        kind: demo.state === 'acknowledged' ? 'acknowledge' : 'defer',
        fromState: 'new',
        toState: demo.state,
        note: demo.reason ?? '',
        actorName: 'Demo TPM',
      });
    }
  }
  return REQUESTS.length;
}
