import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Pagination,
  Timestamp,
  Version,
  VersionQuery,
} from './common.schema.js';

export const HEALTHS = ['green', 'amber', 'red'] as const;
export const Health = Type.Enum([...HEALTHS]);
export const STATUS_REPORT_STATUSES = ['draft', 'published'] as const;

/** What the health rules are, for the OpenAPI description and docs/status-reports.md. */
export const HEALTH_RULES_DESCRIPTION =
  'Computed health is the worst of: finish_vs_target and finish_vs_baseline (the P80 forecast ' +
  'finish, or the CPM finish when no forecast ran, against the program target date and the latest ' +
  'baseline finish: amber beyond 3 working days late, red beyond 10); missed_deadline (a milestone ' +
  'past its due day and not complete: red); critical_issues (open critical RAID issues: one amber, ' +
  'two or more red); budget (not assessed until the money issue lands). effectiveHealth is the ' +
  'override when one is set.';

const Day = Nullable(IsoDate);
const DayWith = (o: { description: string }) => Type.String({ format: 'date', ...o });

const HealthReason = ClosedObject({
  rule: Type.Enum([
    'finish_vs_target',
    'finish_vs_baseline',
    'missed_deadline',
    'critical_issues',
    'budget',
  ]),
  level: Nullable(Health, { description: 'The colour this rule gives; null: not assessed.' }),
  message: Type.String(),
});

const ReportMilestone = ClosedObject({
  id: Id,
  name: Type.String(),
  date: IsoDate,
  dueDate: Nullable(IsoDate),
  previousDate: Type.Optional(
    DayWith({ description: 'Its day in the last published report (or the baseline).' }),
  ),
  slipWorkingDays: Type.Optional(
    Type.Integer({ description: 'Working days later than previousDate, on the program calendar.' }),
  ),
});
const Named = ClosedObject({ id: Id, name: Type.String() });
const PlanItemRef = ClosedObject({
  id: Id,
  name: Type.String(),
  kind: Type.Enum(['task', 'milestone']),
});
const RiskRef = ClosedObject({ id: Id, title: Type.String(), status: Type.String() });
const IssueRef = ClosedObject({ id: Id, title: Type.String(), severity: Type.String() });

export const ReportFacts = ClosedObject(
  {
    periodStart: IsoDate,
    periodEnd: IsoDate,
    health: Health,
    healthReasons: Type.Array(HealthReason),
    schedule: ClosedObject({
      cpmFinish: Day,
      p50Finish: Day,
      p80Finish: Day,
      targetDate: Day,
      baselineFinish: Day,
    }),
    milestones: ClosedObject({
      completed: Type.Array(ReportMilestone),
      slipped: Type.Array(ReportMilestone),
      upcoming: Type.Array(ReportMilestone),
    }),
    changes: ClosedObject({
      criticalPath: ClosedObject({ joined: Type.Array(Named), left: Type.Array(Named) }),
      forecast: ClosedObject({ p50Before: Day, p50After: Day, p80Before: Day, p80After: Day }),
      risks: ClosedObject({
        opened: Type.Array(RiskRef),
        changed: Type.Array(
          ClosedObject({ id: Id, title: Type.String(), from: Type.String(), to: Type.String() }),
        ),
        closed: Type.Array(RiskRef),
      }),
      issues: ClosedObject({ opened: Type.Array(IssueRef), closed: Type.Array(IssueRef) }),
      decisions: Type.Array(ClosedObject({ id: Id, title: Type.String(), decidedOn: IsoDate })),
      changeRequests: Type.Array(
        ClosedObject({
          id: Id,
          number: Type.Integer(),
          title: Type.String(),
          status: Type.String(),
          decidedOn: IsoDate,
        }),
      ),
      scope: ClosedObject({ added: Type.Array(PlanItemRef), removed: Type.Array(PlanItemRef) }),
    }),
    counts: ClosedObject({
      milestones: Type.Integer(),
      milestonesComplete: Type.Integer(),
      tasks: Type.Integer(),
      openRisks: Type.Integer(),
      openIssues: Type.Integer(),
      openCriticalIssues: Type.Integer(),
    }),
  },
  { description: 'What the report shows, computed from the plan when drafted (or refreshed).' },
);
export type ReportFacts = Static<typeof ReportFacts>;

const HealthOverride = ClosedObject({
  health: Health,
  reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why; required.' }),
});

export const StatusReport = ClosedObject({
  id: Id,
  programId: Id,
  programName: Type.String(),
  title: Type.String(),
  status: Type.Enum([...STATUS_REPORT_STATUSES]),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  summary: Type.String(),
  asks: Type.String({ description: 'What the TPM asks for: help needed.' }),
  health: Health,
  healthOverride: Nullable(HealthOverride),
  effectiveHealth: Health,
  facts: ReportFacts,
  factsComputedAt: Timestamp,
  createdById: Nullable(Id),
  publishedAt: Nullable(Timestamp),
  publishedById: Nullable(Id),
  publishedByName: Nullable(Type.String()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type StatusReport = Static<typeof StatusReport>;

/** The list leaves out the facts: open one report to read them. */
export const StatusReportListItem = ClosedObject({
  id: Id,
  programId: Id,
  title: Type.String(),
  status: Type.Enum([...STATUS_REPORT_STATUSES]),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  effectiveHealth: Health,
  publishedAt: Nullable(Timestamp),
  version: Version,
  createdAt: Timestamp,
});
export type StatusReportListItem = Static<typeof StatusReportListItem>;

export const StatusReportList = ClosedObject({
  items: Type.Array(StatusReportListItem),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type StatusReportList = Static<typeof StatusReportList>;

export const StatusReportListQuery = ClosedObject({
  ...Pagination,
  status: Type.Optional(Type.Enum([...STATUS_REPORT_STATUSES])),
});
export type StatusReportListQuery = Static<typeof StatusReportListQuery>;

export const StatusReportCreate = ClosedObject({
  periodStart: Type.Optional(
    DayWith({
      description:
        'Default: the periodEnd of the last published report, else the program start date.',
    }),
  ),
  periodEnd: Type.Optional(
    DayWith({ description: "Default: the program's today (its time zone)." }),
  ),
});
export type StatusReportCreate = Static<typeof StatusReportCreate>;

export const StatusReportUpdate = ClosedObject({
  version: Type.Optional(Version),
  summary: Type.Optional(Type.String({ maxLength: 20000 })),
  asks: Type.Optional(Type.String({ maxLength: 10000 })),
  healthOverride: Type.Optional(
    Nullable(HealthOverride, { description: 'Overrides the computed health; null clears it.' }),
  ),
});
export type StatusReportUpdate = Static<typeof StatusReportUpdate>;

export const StatusReportVersionBody = ClosedObject({ version: Type.Optional(Version) });
export const StatusReportDeleteQuery = VersionQuery;

export const EXPORT_FORMATS = ['markdown', 'html'] as const;
export const StatusReportExportQuery = ClosedObject({
  format: Type.Enum([...EXPORT_FORMATS]),
});

export const StatusReportDiffQuery = ClosedObject({
  against: Id,
});

const Move = Nullable(ClosedObject({ from: Day, to: Day }));
export const StatusReportDiff = ClosedObject({
  from: ClosedObject({ id: Id, title: Type.String() }),
  to: ClosedObject({ id: Id, title: Type.String() }),
  health: Nullable(ClosedObject({ from: Health, to: Health })),
  milestoneBuckets: Type.Array(
    ClosedObject({
      id: Id,
      name: Type.String(),
      from: Type.Array(Type.Enum(['completed', 'slipped', 'upcoming'])),
      to: Type.Array(Type.Enum(['completed', 'slipped', 'upcoming'])),
    }),
  ),
  milestoneDates: Type.Array(ClosedObject({ id: Id, name: Type.String(), from: Day, to: Day })),
  forecast: ClosedObject({ p50: Move, p80: Move }),
  counts: Type.Array(
    ClosedObject({ name: Type.String(), from: Type.Integer(), to: Type.Integer() }),
  ),
});
export type StatusReportDiff = Static<typeof StatusReportDiff>;

export const StatusReportDeliver = ClosedObject({
  email: Type.Optional(
    Type.Array(Type.String({ format: 'email', maxLength: 320 }), {
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
    }),
  ),
  slack: Type.Optional(Type.Boolean()),
});
export type StatusReportDeliver = Static<typeof StatusReportDeliver>;

export const StatusReportDelivery = ClosedObject({
  email: Type.Array(Type.String()),
  slack: Type.Boolean(),
});
export type StatusReportDelivery = Static<typeof StatusReportDelivery>;

export const ReportSettings = ClosedObject({
  programId: Id,
  slackWebhookUrl: Nullable(Type.String()),
  version: Type.Integer(),
});
export type ReportSettings = Static<typeof ReportSettings>;

export const ReportSettingsUpdate = ClosedObject({
  version: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
  slackWebhookUrl: Nullable(
    Type.String({
      pattern: '^https?://',
      maxLength: 2000,
      description: 'A Slack incoming webhook URL.',
    }),
  ),
});
export type ReportSettingsUpdate = Static<typeof ReportSettingsUpdate>;
