import type { Health, HealthReason } from './program-health.js';

/** A milestone as a report lists it; dates are ISO days. */
export interface ReportMilestone {
  id: string;
  name: string;
  /** Its scheduled day (the completion day once complete). */
  date: string;
  /** Its deadline, when it has one. */
  dueDate: string | null;
  /** The day it had in the last published report (or the baseline), when it moved. */
  previousDate?: string;
  slipWorkingDays?: number;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** What a later report compares against: kept in every report, read from the last published one. */
export interface ReportSnapshot {
  milestones: { id: string; name: string; date: string; complete: boolean }[];
  criticalItemIds: string[];
  items: { id: string; name: string; kind: 'task' | 'milestone' }[];
  risks: { id: string; title: string; status: string }[];
  p50Finish: string | null;
  p80Finish: string | null;
}

export interface ReportFacts {
  periodStart: string;
  periodEnd: string;
  health: Health;
  healthReasons: HealthReason[];
  schedule: {
    cpmFinish: string | null;
    p50Finish: string | null;
    p80Finish: string | null;
    targetDate: string | null;
    baselineFinish: string | null;
  };
  milestones: {
    completed: ReportMilestone[];
    slipped: ReportMilestone[];
    upcoming: ReportMilestone[];
  };
  changes: {
    criticalPath: { joined: NamedRef[]; left: NamedRef[] };
    forecast: {
      p50Before: string | null;
      p50After: string | null;
      p80Before: string | null;
      p80After: string | null;
    };
    risks: {
      opened: { id: string; title: string; status: string }[];
      changed: { id: string; title: string; from: string; to: string }[];
      closed: { id: string; title: string; status: string }[];
    };
    issues: {
      opened: { id: string; title: string; severity: string }[];
      closed: { id: string; title: string; severity: string }[];
    };
    decisions: { id: string; title: string; decidedOn: string }[];
    changeRequests: {
      id: string;
      number: number;
      title: string;
      status: string;
      decidedOn: string;
    }[];
    scope: {
      added: { id: string; name: string; kind: 'task' | 'milestone' }[];
      removed: { id: string; name: string; kind: 'task' | 'milestone' }[];
    };
  };
  counts: {
    milestones: number;
    milestonesComplete: number;
    tasks: number;
    openRisks: number;
    openIssues: number;
    openCriticalIssues: number;
  };
  snapshot: ReportSnapshot;
}
