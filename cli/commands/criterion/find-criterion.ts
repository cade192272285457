import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';

type Milestone =
  paths['/api/milestones/{id}']['get']['responses'][200]['content']['application/json'];
export type Criterion = Milestone['criteria'][number];

/**
 * A criterion with the milestone it belongs to, read fresh (its version is what a
 * write sends). With --milestone, a criterion of another milestone is refused, so a
 * script that names the wrong pair changes nothing.
 */
export async function findCriterion(
  { url, client }: Connection,
  id: string,
  milestoneId: string | undefined,
): Promise<{ criterion: Criterion; milestone: Milestone }> {
  let criterion: Criterion;
  try {
    criterion = await call(url, client.GET('/api/criteria/{id}', { params: { path: { id } } }));
  } catch (error) {
    // The API answers 404 alike for a criterion that does not exist and one you may not see.
    if (error instanceof CliError && error.status === 404)
      throw CliError.usage(`criterion: no success criterion ${id} in any program you can see`);
    throw error;
  }
  if (milestoneId !== undefined && criterion.milestoneId !== milestoneId)
    throw CliError.usage(
      `criterion: milestone ${milestoneId} has no success criterion ${id} (see "waymark criterion list ${milestoneId}")`,
    );
  const milestone = await call(
    url,
    client.GET('/api/milestones/{id}', { params: { path: { id: criterion.milestoneId } } }),
  );
  return { criterion, milestone };
}
