import type { paths } from '../../../contracts/api-client.js';
import { formatLag } from './lag.js';

type Dependency =
  paths['/api/dependencies/{id}']['get']['responses'][200]['content']['application/json'];

/** `FS dependency task "Build" -> milestone "Beta", lag 2d (id)`: how messages name a link. */
export function describeDependency(dependency: Dependency): string {
  const { predecessor: from, successor: to } = dependency;
  const lag =
    dependency.lagKind !== 'percent' && dependency.lagMinutes === 0
      ? ''
      : `, lag ${formatLag(dependency)}`;
  const cross = dependency.crossProgram ? ' (across programs)' : '';
  return `${dependency.type} dependency ${from.kind} "${from.name}" -> ${to.kind} "${to.name}"${lag}${cross} (${dependency.id})`;
}
