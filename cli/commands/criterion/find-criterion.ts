import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';

type Milestone =
  paths['/api/milestones/{id}']['get']['responses'][200]['content']['application/json'];
export type Criterion = Milestone['criteria'][number];

const PAGE = 500;
// Enough to be quick on a large portfolio without one person's CLI flooding the server.
const PARALLEL = 6;

async function milestonesOfVisiblePrograms({ url, client }: Connection): Promise<Milestone[][]> {
  const programIds: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await call(
      url,
      client.GET('/api/programs', { params: { query: { limit: PAGE, offset } } }),
    );
    programIds.push(...page.items.map((program) => program.id));
    if (offset + PAGE >= page.total || page.items.length === 0) break;
  }
  const lists: Milestone[][] = [];
  for (let start = 0; start < programIds.length; start += PARALLEL) {
    const batch = programIds
      .slice(start, start + PARALLEL)
      .map((id) =>
        call(url, client.GET('/api/programs/{id}/milestones', { params: { path: { id } } })),
      );
    lists.push(...(await Promise.all(batch)).map((list) => list.items));
  }
  return lists;
}

/**
 * A criterion with the milestone it belongs to, read fresh (its version is what
 * a write sends). The API reads criteria only through their milestone, so with
 * --milestone this is one request; without it, the milestones of every program
 * the caller can see are searched.
 */
export async function findCriterion(
  connection: Connection,
  id: string,
  milestoneId: string | undefined,
): Promise<{ criterion: Criterion; milestone: Milestone }> {
  const candidates = milestoneId
    ? [
        await call(
          connection.url,
          connection.client.GET('/api/milestones/{id}', { params: { path: { id: milestoneId } } }),
        ),
      ]
    : (await milestonesOfVisiblePrograms(connection)).flat();
  for (const milestone of candidates) {
    const criterion = milestone.criteria.find((c) => c.id === id);
    if (criterion) return { criterion, milestone };
  }
  throw CliError.usage(
    milestoneId
      ? `criterion: milestone ${milestoneId} has no success criterion ${id} (see "waymark criterion list ${milestoneId}")`
      : `criterion: no success criterion ${id} in any program you can see`,
  );
}
