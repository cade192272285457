import { BACKUPS_OFF, type BackupSettings } from './backup/backup-settings.js';
import { systemClock, utcDay, type Clock } from './clock/clock.js';
import type { MailSettings, OidcSettings, TrustProxy } from './config.js';
import type { Database } from './db/database.js';
import { NotFoundError } from './domain-errors.js';
import { createJobRunner, type JobRunner } from './jobs/job-runner.js';
import {
  ACCOUNT_LINK_MAIL_JOB,
  runAccountLinkMail,
  type AccountLinkMailPayload,
} from './jobs/account-link-mail.job.js';
import { createMailSender } from './modules/mail/mail-sender.js';
import { PROGRAM_SCHEDULE_JOB, type ProgramSchedulePayload } from './jobs/program-schedule.job.js';
import {
  NIGHTLY_BACKUP_CRONTAB,
  NIGHTLY_BACKUP_JOB,
  runNightlyBackup,
} from './jobs/nightly-backup.job.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createOidcSignIn } from './modules/oidc/oidc-sign-in.service.js';
import { createBaselineService } from './modules/baselines/baseline.service.js';
import { createCalendarFeedService } from './modules/calendar-feeds/calendar-feed.service.js';
import { createForecastService } from './modules/forecasts/forecast.service.js';
import { createRiskService } from './modules/risks/risk.service.js';
import { createAssumptionService } from './modules/assumptions/assumption.service.js';
import { createProgramIssueService } from './modules/program-issues/program-issue.service.js';
import { createExternalDependencyService } from './modules/external-dependencies/external-dependency.service.js';
import { createDecisionService } from './modules/decisions/decision.service.js';
import { createSurveyService } from './modules/surveys/survey.service.js';
import {
  SURVEY_INVITATION_MAIL_JOB,
  runSurveyInvitationMail,
  type SurveyInvitationMailPayload,
} from './jobs/survey-invitation-mail.job.js';
import {
  SURVEY_AUTO_SEND_CRONTAB,
  SURVEY_AUTO_SEND_JOB,
  runSurveyAutoSend,
} from './jobs/survey-auto-send.job.js';
import { createObjectiveService } from './modules/objectives/objective.service.js';
import { createKeyResultService } from './modules/objectives/key-result.service.js';
import type { KpiValueOf } from './modules/objectives/objective-view.js';
import { createActionItemService } from './modules/action-items/action-item.service.js';
import { createSlackSettingsService } from './modules/notifications/slack-settings.service.js';
import {
  NOTIFICATION_MAIL_JOB,
  runNotificationMail,
  type NotificationMailPayload,
} from './jobs/notification-mail.job.js';
import { SLACK_POST_JOB, runSlackPost, type SlackPostPayload } from './jobs/slack-post.job.js';
import {
  ACTION_ITEM_SWEEP_CRONTAB,
  ACTION_ITEM_SWEEP_JOB,
  runActionItemSweep,
} from './jobs/action-item-sweep.job.js';
import { createStatusReportService } from './modules/status-reports/status-report.service.js';
import { createSearchService } from './modules/search/search.service.js';
import { createPostMortemService } from './modules/post-mortems/post-mortem.service.js';
import { createReviewAgendaService } from './modules/reviews/review-agenda.service.js';
import { createReviewService } from './modules/reviews/review.service.js';
import { createMyWorkService } from './modules/my-work/my-work.service.js';
import { createDependencyService } from './modules/dependencies/dependency.service.js';
import { createGitlabWebhookService } from './modules/intake/gitlab-webhook.service.js';
import { createNotificationService } from './modules/notifications/notification.service.js';
import { createRoutingService } from './modules/intake/request-routing.service.js';
import { createRequestTemplateService } from './modules/intake/request-template.service.js';
import { createTriageService } from './modules/intake/request-triage.service.js';
import { createRequestService } from './modules/intake/request.service.js';
import { createSlackCommandService } from './modules/intake/slack-command.service.js';
import { createMilestoneService } from './modules/milestones/milestone.service.js';
import { createSuccessCriterionService } from './modules/milestones/success-criterion.service.js';
import { createPlanUpdateService } from './modules/plan-transfer/plan-update.service.js';
import { createPlanImportService } from './modules/plan-transfer/plan-import.service.js';
import { createPlanTransferService } from './modules/plan-transfer/plan-transfer.service.js';
import { PLAN_IMPORT_JOB, type PlanImportPayload } from './jobs/plan-import.job.js';
import { createPlanService } from './modules/plans/plan.service.js';
import { createProgramMemberService } from './modules/program-members/program-member.service.js';
import { createProgramService } from './modules/programs/program.service.js';
import { createHolidayService } from './modules/calendars/holiday.service.js';
import { createResourceLoadService } from './modules/resource-load/resource-load.service.js';
import { createScheduleService } from './modules/schedules/schedule.service.js';
import { createTaskAssignmentService } from './modules/task-assignments/task-assignment.service.js';
import { createTaskService } from './modules/tasks/task.service.js';
import { createTeamService } from './modules/teams/team.service.js';
import { createTokenService } from './modules/tokens/token.service.js';
import { createSessionService } from './modules/auth/session.service.js';
import { createAccountLinkService } from './modules/users/account-link.service.js';
import { createUserService } from './modules/users/user.service.js';
import { createRequestEditService } from './modules/intake/request-edit.service.js';
import { createWorkstreamService } from './modules/workstreams/workstream.service.js';
import { createProgramResourceService } from './modules/program-resources/program-resource.service.js';
import { createChangeRequestService } from './modules/change-requests/change-request.service.js';
import { createProgramCalendarService } from './modules/program-calendars/program-calendar.service.js';
import { createAllocationService } from './modules/allocations/allocation.service.js';
import { createCapacityService } from './modules/capacity/capacity.service.js';
import { createCareerLadderService } from './modules/career-ladder/career-ladder.service.js';
import { createHeadcountService } from './modules/headcount/headcount.service.js';
import { createKpiService } from './modules/kpis/kpi.service.js';
import { createPersonService } from './modules/people/person.service.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './modules/rate-limits/rate-limit-settings.js';

export type DatabaseMode = 'embedded' | 'external';

/** The composition root shared by HTTP routes, jobs and start-up tasks. */
export function createContainer(
  db: Database,
  options: {
    databaseMode: DatabaseMode;
    runJobs: boolean;
    log: Parameters<typeof createJobRunner>[1]['log'];
    jobPollIntervalMs?: number;
    /** The one source of "now" (default: real time); tests pin it. */
    clock?: Clock;
    /** API-wide rate limits (default DEFAULT_RATE_LIMITS); null turns them off. */
    rateLimits?: RateLimits | null;
    /** Whose X-Forwarded-For to believe (default: nobody's; the socket's address counts). */
    trustProxy?: TrustProxy;
    /** The plan reader's worker thread (default: the compiled one beside its module; tests from sources bundle one). */
    planReaderWorkerFile?: URL | null;
    backups?: BackupSettings;
    /** Sign-in with OpenID Connect (default: off). */
    oidc?: OidcSettings | null;
    /** WAYMARK_PUBLIC_URL: the base of the OpenID Connect redirect URL (default: the request's origin). */
    publicUrl?: string | undefined;
    /** E-mail for invitation and reset links (default: off; the admin passes links on). */
    mail?: MailSettings | null;
  },
) {
  const clock = options.clock ?? systemClock;
  const backups = options.backups ?? BACKUPS_OFF;
  const todayUtc = () => utcDay(clock);
  const schedules = createScheduleService(db, clock);
  const mailSender = options.mail ? createMailSender(options.mail) : null;
  const kpis = createKpiService(db, todayUtc);
  // Key results bound to a KPI read it over their objective's period.
  const kpiValueOf: KpiValueOf = (kpiId, range) => kpis.valueOf(kpiId, range);
  const services = {
    auth: createAuthService(db, clock),
    users: createUserService(db, clock),
    tokens: createTokenService(db, clock),
    sessions: createSessionService(db, clock),
    accountLinks: createAccountLinkService(db, clock, { emailLinks: mailSender !== null }),
    programs: createProgramService(db),
    programMembers: createProgramMemberService(db, clock),
    plans: createPlanService(db),
    teams: createTeamService(db),
    workstreams: createWorkstreamService(db),
    programCalendars: createProgramCalendarService(db),
    programResources: createProgramResourceService(db),
    changeRequests: createChangeRequestService(db, clock),
    milestones: createMilestoneService(db, clock),
    successCriteria: createSuccessCriterionService(db),
    tasks: createTaskService(db, clock),
    dependencies: createDependencyService(db),
    taskAssignments: createTaskAssignmentService(db, schedules),
    resourceLoad: createResourceLoadService(db, schedules, clock),
    holidays: createHolidayService(db),
    schedules,
    baselines: createBaselineService(db, schedules),
    planTransfer: createPlanTransferService(db, clock),
    planImports: createPlanImportService(db, clock, {
      log: options.log,
      ...(options.planReaderWorkerFile === undefined
        ? {}
        : { readerWorkerFile: options.planReaderWorkerFile }),
    }),
    planUpdates: createPlanUpdateService(
      db,
      clock,
      options.planReaderWorkerFile === undefined
        ? {}
        : { readerWorkerFile: options.planReaderWorkerFile },
    ),
    calendarFeeds: createCalendarFeedService(db, schedules, clock),
    forecasts: createForecastService(db, clock),
    risks: createRiskService(db, clock),
    assumptions: createAssumptionService(db, clock),
    programIssues: createProgramIssueService(db, clock),
    externalDependencies: createExternalDependencyService(db),
    decisions: createDecisionService(db, clock),
    surveys: createSurveyService(db, clock, { emailLinks: mailSender !== null }),
    objectives: createObjectiveService(db, clock, kpiValueOf),
    keyResults: createKeyResultService(db, clock, kpiValueOf),
    statusReports: createStatusReportService(db, clock, schedules, mailSender),
    postMortems: createPostMortemService(db, clock),
    myWork: createMyWorkService(db, clock),
    requestTemplate: createRequestTemplateService(db),
    requests: createRequestService(db, clock),
    requestEdits: createRequestEditService(db, clock),
    triage: createTriageService(db, clock),
    routing: createRoutingService(db, clock),
    notifications: createNotificationService(db, clock),
    actionItems: createActionItemService(db, clock),
    slackSettings: createSlackSettingsService(db),
    slackCommands: createSlackCommandService(db, clock),
    gitlabWebhooks: createGitlabWebhookService(db, clock),
    people: createPersonService(db),
    careerLadder: createCareerLadderService(db),
    allocations: createAllocationService(db),
    capacity: createCapacityService(db, todayUtc),
    headcount: createHeadcountService(db, todayUtc),
    kpis,
    search: createSearchService(db),
  };
  const reviews = createReviewService(db, clock);
  const allServices = {
    ...services,
    reviews,
    reviewAgendas: createReviewAgendaService(db, {
      reviews,
      schedules,
      decisions: services.decisions,
      actionItems: services.actionItems,
    }),
  };
  const jobs: JobRunner = createJobRunner(db, {
    enabled: options.runJobs,
    log: options.log,
    clock,
    tasks: {
      [ACCOUNT_LINK_MAIL_JOB]: (payload) =>
        runAccountLinkMail(
          { db, clock, sender: mailSender, log: options.log },
          payload as AccountLinkMailPayload,
        ),
      [NOTIFICATION_MAIL_JOB]: (payload) =>
        runNotificationMail(
          { db, clock, sender: mailSender, publicUrl: options.publicUrl, log: options.log },
          payload as NotificationMailPayload,
        ),
      [SURVEY_INVITATION_MAIL_JOB]: (payload) =>
        runSurveyInvitationMail(
          { db, clock, sender: mailSender, log: options.log },
          payload as SurveyInvitationMailPayload,
        ),
      [SURVEY_AUTO_SEND_JOB]: async () => {
        const sent = await runSurveyAutoSend({
          db,
          clock,
          surveys: services.surveys,
          // Links made with no request to say where Waymark is reached.
          origin: options.publicUrl ?? 'http://localhost:3000',
        });
        for (const s of sent)
          options.log.info(`[jobs] survey ${s.surveyId} sent for ${s.occasion} to ${s.invited}`);
      },
      [SLACK_POST_JOB]: (payload) => runSlackPost(payload as SlackPostPayload),
      [ACTION_ITEM_SWEEP_JOB]: async () => void (await runActionItemSweep(db, clock())),
      [PLAN_IMPORT_JOB]: (payload) =>
        services.planImports.run((payload as PlanImportPayload).importJobId),
      [PROGRAM_SCHEDULE_JOB]: async (payload) => {
        try {
          await schedules.refresh((payload as ProgramSchedulePayload).programId);
        } catch (error) {
          // A program deleted after the job was queued has nothing left to schedule.
          if (!(error instanceof NotFoundError)) throw error;
        }
      },
      [NIGHTLY_BACKUP_JOB]: async () => {
        const { written, pruned } = await runNightlyBackup(backups, clock);
        options.log.info(
          `[jobs] nightly backup ${written.file} (${written.sizeBytes} bytes)${pruned.length ? `; pruned ${pruned.join(', ')}` : ''}`,
        );
      },
    },
    crontab: [
      ACTION_ITEM_SWEEP_CRONTAB,
      SURVEY_AUTO_SEND_CRONTAB,
      ...(backups.enabled ? [NIGHTLY_BACKUP_CRONTAB] : []),
    ],
    ...(options.jobPollIntervalMs ? { pollIntervalMs: options.jobPollIntervalMs } : {}),
  });
  const http = {
    rateLimits: options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits,
    trustProxy: options.trustProxy ?? false,
    publicUrl: options.publicUrl,
  };
  const oidc = options.oidc ? createOidcSignIn(db, clock, options.oidc) : null;
  return {
    db,
    databaseMode: options.databaseMode,
    clock,
    services: allServices,
    jobs,
    http,
    backups,
    oidc,
  };
}
export type Container = ReturnType<typeof createContainer>;
