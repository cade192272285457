import type { ConstraintType, LinkType } from './schedule-input.js';

/** Link types as small integers for the typed arrays. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;

/** `LinkType` → its code; anything else counts as FS, as MPXJ reads a missing `Type`. */
export function linkCode(type: LinkType): number {
  // A switch: cheaper than a keyed lookup in the 100k-link loop.
  switch (type) {
    case 'SS':
      return SS;
    case 'FF':
      return FF;
    case 'SF':
      return SF;
    default:
      return FS;
  }
}

/** Constraint types as small integers. */
export const ASAP = 0;
export const ALAP = 1;
export const MSO = 2;
export const MFO = 3;
export const SNET = 4;
export const SNLT = 5;
export const FNET = 6;
export const FNLT = 7;
export const CONSTRAINT_CODE: Record<ConstraintType, number> = {
  ASAP,
  ALAP,
  MSO,
  MFO,
  SNET,
  SNLT,
  FNET,
  FNLT,
};

/** Progress of a task (PlanGraph.progress). */
export const NOT_STARTED = 0;
export const IN_PROGRESS = 1;
export const DONE = 2;
