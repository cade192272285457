import { Command, CommanderError } from 'commander';
import { loginCommand } from './commands/auth/login.js';
import { logoutCommand } from './commands/auth/logout.js';
import { auditListCommand } from './commands/audit/list.js';
import { homeCommand } from './commands/home/home.js';
import { backupCommand } from './commands/backup/backup.js';
import { restoreCommand } from './commands/backup/restore.js';
import { baselineCompareCommand } from './commands/baseline/compare.js';
import { baselineSaveCommand } from './commands/baseline/save.js';
import { depAddCommand } from './commands/dep/add.js';
import { milestoneAchieveCommand } from './commands/milestone/achieve.js';
import { milestoneAddCommand } from './commands/milestone/add.js';
import { programStatusDateCommand } from './commands/program/status-date.js';
import { programCreateCommand } from './commands/program/create.js';
import { programExportCommand } from './commands/program/export.js';
import { programImportCommand } from './commands/program/import.js';
import { programUpdateFromFileCommand } from './commands/program/update-from-file.js';
import { programLevelCommand } from './commands/program/level.js';
import { programListCommand } from './commands/program/list.js';
import { programLoadCommand } from './commands/program/load.js';
import { programShowCommand } from './commands/program/show.js';
import { programMemberCommand } from './commands/program/member.js';
import { programMembersCommand } from './commands/program/members.js';
import { programUpdateCommand } from './commands/program/update.js';
import { requestAssignCommand } from './commands/request/assign.js';
import { requestListCommand } from './commands/request/list.js';
import { requestUpdateCommand } from './commands/request/update.js';
import { requestShowCommand } from './commands/request/show.js';
import { requestSubmitCommand } from './commands/request/submit.js';
import { requestTriageCommand } from './commands/request/triage.js';
import { requestWaitCommand } from './commands/request/wait.js';
import { scheduleCommand } from './commands/schedule/schedule.js';
import { forecastCommand } from './commands/forecast/forecast.js';
import { slaDueCommand } from './commands/sla/due.js';
import { taskAddCommand } from './commands/task/add.js';
import { taskAssignCommand } from './commands/task/assign.js';
import { taskUpdateCommand } from './commands/task/update.js';
import { allocationAddCommand } from './commands/allocation/add.js';
import { allocationListCommand } from './commands/allocation/list.js';
import { capacityCommand } from './commands/capacity/capacity.js';
import { headcountAddCommand } from './commands/headcount/add.js';
import { headcountListCommand } from './commands/headcount/list.js';
import { kpiListCommand } from './commands/kpi/list.js';
import { kpiShowCommand } from './commands/kpi/show.js';
import { kpiTargetCommand } from './commands/kpi/target.js';
import { personListCommand } from './commands/person/list.js';
import { personShowCommand } from './commands/person/show.js';
import { personSkillsCommand } from './commands/person/skills.js';
import { personTimeOffCommand } from './commands/person/time-off.js';
import { teamHoursCommand } from './commands/team/hours.js';
import { teamListCommand } from './commands/team/list.js';
import { userInviteCommand } from './commands/user/invite.js';
import { userListCommand } from './commands/user/list.js';
import { userResetPasswordCommand } from './commands/user/reset-password.js';
import { userDeactivateCommand, userUpdateCommand } from './commands/user/update.js';
import { criterionAddCommand } from './commands/criterion/add.js';
import { criterionDeleteCommand } from './commands/criterion/delete.js';
import { criterionListCommand } from './commands/criterion/list.js';
import { criterionUpdateCommand } from './commands/criterion/update.js';
import { depDeleteCommand } from './commands/dep/delete.js';
import { depUpdateCommand } from './commands/dep/update.js';
import { milestoneDeleteCommand } from './commands/milestone/delete.js';
import { milestoneUpdateCommand } from './commands/milestone/update.js';
import { programDeleteCommand } from './commands/program/delete.js';
import { taskDeleteCommand } from './commands/task/delete.js';
import { workstreamAddCommand } from './commands/workstream/add.js';
import { workstreamDeleteCommand } from './commands/workstream/delete.js';
import { workstreamListCommand } from './commands/workstream/list.js';
import { workstreamShowCommand } from './commands/workstream/show.js';
import { workstreamUpdateCommand } from './commands/workstream/update.js';
import { baselineDeleteCommand } from './commands/baseline/delete.js';
import { baselineListCommand } from './commands/baseline/list.js';
import { baselineRenameCommand } from './commands/baseline/rename.js';
import { calendarCommands } from './commands/calendar/calendar.js';
import { holidayAddCommand } from './commands/holiday/add.js';
import { holidayDeleteCommand } from './commands/holiday/delete.js';
import { holidayListCommand } from './commands/holiday/list.js';
import { holidayUpdateCommand } from './commands/holiday/update.js';
import { personTimeOffDeleteCommand } from './commands/person/time-off-delete.js';
import { personTimeOffUpdateCommand } from './commands/person/time-off-update.js';
import { decisionAddCommand } from './commands/decision/add.js';
import { decisionDecideCommand } from './commands/decision/decide.js';
import { decisionDeleteCommand } from './commands/decision/delete.js';
import { decisionListCommand } from './commands/decision/list.js';
import { decisionShowCommand } from './commands/decision/show.js';
import { decisionSupersedeCommand } from './commands/decision/supersede.js';
import { decisionUpdateCommand } from './commands/decision/update.js';
import { reviewAddCommand } from './commands/review/add.js';
import { reviewAgendaCommand } from './commands/review/agenda.js';
import { reviewDeleteCommand } from './commands/review/delete.js';
import { reviewListCommand } from './commands/review/list.js';
import { reviewOutcomeCommand } from './commands/review/outcome.js';
import { reviewShowCommand } from './commands/review/show.js';
import { reviewUpdateCommand } from './commands/review/update.js';
import { assumptionAddCommand } from './commands/assumption/add.js';
import { assumptionDeleteCommand } from './commands/assumption/delete.js';
import { assumptionListCommand } from './commands/assumption/list.js';
import { assumptionShowCommand } from './commands/assumption/show.js';
import { assumptionUpdateCommand } from './commands/assumption/update.js';
import { externalDependencyAddCommand } from './commands/external-dependency/add.js';
import { externalDependencyDeleteCommand } from './commands/external-dependency/delete.js';
import { externalDependencyListCommand } from './commands/external-dependency/list.js';
import { externalDependencyShowCommand } from './commands/external-dependency/show.js';
import { externalDependencyUpdateCommand } from './commands/external-dependency/update.js';
import { issueAddCommand } from './commands/issue/add.js';
import { issueDeleteCommand } from './commands/issue/delete.js';
import { issueListCommand } from './commands/issue/list.js';
import { issueShowCommand } from './commands/issue/show.js';
import { issueUpdateCommand } from './commands/issue/update.js';
import { programDependenciesCommand } from './commands/program/dependencies.js';
import { changeRequestAddCommand } from './commands/change-request/add.js';
import { changeRequestDecideCommand } from './commands/change-request/decide.js';
import { changeRequestDeleteCommand } from './commands/change-request/delete.js';
import { changeRequestListCommand } from './commands/change-request/list.js';
import { changeRequestShowCommand } from './commands/change-request/show.js';
import { changeRequestSubmitCommand } from './commands/change-request/submit.js';
import { changeRequestUpdateCommand } from './commands/change-request/update.js';
import { actionAddCommand } from './commands/action/add.js';
import { actionDeleteCommand } from './commands/action/delete.js';
import { actionDoneCommand } from './commands/action/done.js';
import { actionListCommand } from './commands/action/list.js';
import { actionShowCommand } from './commands/action/show.js';
import { actionUpdateCommand } from './commands/action/update.js';
import { reportDeleteCommand } from './commands/report/delete.js';
import { reportDeliverCommand } from './commands/report/deliver.js';
import { reportDiffCommand } from './commands/report/diff.js';
import { reportDraftCommand } from './commands/report/draft.js';
import { reportExportCommand } from './commands/report/export.js';
import { reportListCommand } from './commands/report/list.js';
import { reportPublishCommand } from './commands/report/publish.js';
import { reportShowCommand } from './commands/report/show.js';
import { reportUpdateCommand } from './commands/report/update.js';
import { postMortemCreateCommand } from './commands/postmortem/create.js';
import { postMortemListCommand } from './commands/postmortem/list.js';
import { postMortemPublishCommand } from './commands/postmortem/publish.js';
import { postMortemShowCommand } from './commands/postmortem/show.js';
import { postMortemTimelineCommand } from './commands/postmortem/timeline.js';
import { postMortemUpdateCommand } from './commands/postmortem/update.js';
import { okrCheckinCommand } from './commands/okr/checkin.js';
import { okrCreateCommand } from './commands/okr/create.js';
import { okrKrAddCommand } from './commands/okr/kr-add.js';
import { okrLinkCommand } from './commands/okr/link.js';
import { okrListCommand } from './commands/okr/list.js';
import { okrShowCommand } from './commands/okr/show.js';
import { okrStateCommand } from './commands/okr/state.js';
import { okrUpdateCommand } from './commands/okr/update.js';
import { riskAddCommand } from './commands/risk/add.js';
import { surveyCreateCommand } from './commands/survey/create.js';
import { surveyDeleteCommand } from './commands/survey/delete.js';
import { surveyInviteCommand } from './commands/survey/invite.js';
import { surveyListCommand } from './commands/survey/list.js';
import { surveyResultsCommand } from './commands/survey/results.js';
import { surveyShowCommand } from './commands/survey/show.js';
import { riskDeleteCommand } from './commands/risk/delete.js';
import { riskListCommand } from './commands/risk/list.js';
import { riskShowCommand } from './commands/risk/show.js';
import { riskUpdateCommand } from './commands/risk/update.js';
import { searchCommand } from './commands/search/search.js';
import { allocationDeleteCommand } from './commands/allocation/delete.js';
import { allocationUpdateCommand } from './commands/allocation/update.js';
import { criterionShowCommand } from './commands/criterion/show.js';
import { headcountNeedCommand } from './commands/headcount/need.js';
import { headcountRoleCommand } from './commands/headcount/role.js';
import { ladderCompetencyCommand } from './commands/ladder/competency.js';
import { ladderLevelCommand } from './commands/ladder/level.js';
import { ladderShowCommand } from './commands/ladder/show.js';
import { ladderTrackCommand } from './commands/ladder/track.js';
import { teamAddCommand } from './commands/team/add.js';
import { teamDeleteCommand } from './commands/team/delete.js';
import { teamMemberCommand } from './commands/team/member.js';
import { teamUpdateCommand } from './commands/team/update.js';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors.js';
import type { CliIo } from './io.js';

function noun(name: string, description: string, verbs: Command[]): Command {
  const command = new Command(name).description(description);
  for (const verb of verbs) command.addCommand(verb);
  return command;
}

/** The whole command tree: `waymark <noun> <verb>`, plus login/logout. */
export function createCli(io: CliIo): Command {
  const program = new Command('waymark')
    .description(
      'Waymark from the terminal: programs, milestones, tasks and dependencies through the HTTP API.',
    )
    .addHelpText(
      'after',
      '\nConnection: "waymark login" stores a token in $WAYMARK_CONFIG_DIR (default ~/.config/waymark);\n' +
        'WAYMARK_URL and WAYMARK_TOKEN override it.\n' +
        'Exit codes: 0 done, 2 the request was refused (bad input, not found, conflict, not logged in), 1 other failures.',
    );
  program.addCommand(loginCommand(io));
  program.addCommand(logoutCommand(io));
  program.addCommand(searchCommand(io));
  program.addCommand(
    noun('program', 'programs', [
      programListCommand(io),
      programShowCommand(io),
      programCreateCommand(io),
      programUpdateCommand(io),
      programDeleteCommand(io),
      programMembersCommand(io),
      programMemberCommand(io),
      programImportCommand(io),
      programExportCommand(io),
      programUpdateFromFileCommand(io),
      programLevelCommand(io),
      programLoadCommand(io),
      programStatusDateCommand(io),
      programDependenciesCommand(io),
    ]),
  );
  program.addCommand(
    noun('milestone', 'milestones of a program', [
      milestoneAddCommand(io),
      milestoneUpdateCommand(io),
      milestoneAchieveCommand(io),
      milestoneDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('task', 'tasks of a program', [
      taskAddCommand(io),
      taskUpdateCommand(io),
      taskAssignCommand(io),
      taskDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('dep', 'dependencies between tasks and milestones', [
      depAddCommand(io),
      depUpdateCommand(io),
      depDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('workstream', 'workstreams of a program', [
      workstreamListCommand(io),
      workstreamShowCommand(io),
      workstreamAddCommand(io),
      workstreamUpdateCommand(io),
      workstreamDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('criterion', 'success criteria of a milestone', [
      criterionListCommand(io),
      criterionShowCommand(io),
      criterionAddCommand(io),
      criterionUpdateCommand(io),
      criterionDeleteCommand(io),
    ]),
  );
  program.addCommand(scheduleCommand(io));
  program.addCommand(forecastCommand(io));
  program.addCommand(
    noun('request', 'requests to the TPM team: submit, the triage queue, triage and assignment', [
      requestSubmitCommand(io),
      requestListCommand(io),
      requestShowCommand(io),
      requestUpdateCommand(io),
      requestTriageCommand(io),
      requestAssignCommand(io),
      requestWaitCommand(io),
    ]),
  );
  program.addCommand(noun('sla', 'SLA clocks in working hours (offline)', [slaDueCommand(io)]));
  program.addCommand(
    noun('baseline', 'baselines of a program schedule', [
      baselineSaveCommand(io),
      baselineCompareCommand(io),
      baselineListCommand(io),
      baselineRenameCommand(io),
      baselineDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('action', 'action items: what someone owes by a date, from reviews, risks or by hand', [
      actionListCommand(io),
      actionShowCommand(io),
      actionAddCommand(io),
      actionUpdateCommand(io),
      actionDoneCommand(io),
      actionDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('report', 'status reports: drafted from the live plan, published, exported', [
      reportDraftCommand(io),
      reportListCommand(io),
      reportShowCommand(io),
      reportUpdateCommand(io),
      reportPublishCommand(io),
      reportExportCommand(io),
      reportDiffCommand(io),
      reportDeliverCommand(io),
      reportDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun(
      'survey',
      'stakeholder satisfaction surveys: links to answer without an account, results',
      [
        surveyCreateCommand(io),
        surveyListCommand(io),
        surveyShowCommand(io),
        surveyInviteCommand(io),
        surveyResultsCommand(io),
        surveyDeleteCommand(io),
      ],
    ),
  );
  program.addCommand(
    noun('okr', 'objectives and key results per fiscal quarter, and the programs serving them', [
      okrListCommand(io),
      okrShowCommand(io),
      okrCreateCommand(io),
      okrUpdateCommand(io),
      noun('kr', 'key results of an objective', [okrKrAddCommand(io)]),
      okrCheckinCommand(io),
      okrLinkCommand(io),
      okrLinkCommand(io, true),
      okrStateCommand(io, 'commit'),
      okrStateCommand(io, 'grade'),
    ]),
  );
  program.addCommand(
    noun('risk', 'the risk register (open and mitigating risks feed the forecasts)', [
      riskListCommand(io),
      riskShowCommand(io),
      riskAddCommand(io),
      riskUpdateCommand(io),
      riskDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('postmortem', 'post-mortems of programs: sections, root causes and the timeline', [
      postMortemCreateCommand(io),
      postMortemListCommand(io),
      postMortemShowCommand(io),
      postMortemUpdateCommand(io),
      postMortemPublishCommand(io),
      postMortemTimelineCommand(io),
    ]),
  );
  program.addCommand(
    noun('assumption', "the RAID log's assumptions: statements the plan relies on", [
      assumptionListCommand(io),
      assumptionShowCommand(io),
      assumptionAddCommand(io),
      assumptionUpdateCommand(io),
      assumptionDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('issue', "the RAID log's issues: problems happening now", [
      issueListCommand(io),
      issueShowCommand(io),
      issueAddCommand(io),
      issueUpdateCommand(io),
      issueDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('external-dependency', "the RAID log's dependencies on teams, vendors and dates", [
      externalDependencyListCommand(io),
      externalDependencyShowCommand(io),
      externalDependencyAddCommand(io),
      externalDependencyUpdateCommand(io),
      externalDependencyDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('decision', 'the decision log: options, what was decided, by whom, superseded by what', [
      decisionAddCommand(io),
      decisionListCommand(io),
      decisionShowCommand(io),
      decisionUpdateCommand(io),
      decisionDecideCommand(io),
      decisionSupersedeCommand(io),
      decisionDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('review', 'reviews: recurring meetings with agendas generated from the programs', [
      reviewAddCommand(io),
      reviewListCommand(io),
      reviewShowCommand(io),
      reviewUpdateCommand(io),
      reviewDeleteCommand(io),
      reviewAgendaCommand(io),
      reviewOutcomeCommand(io),
    ]),
  );
  program.addCommand(
    noun(
      'change-request',
      'change requests: plan edits whose impact is shown before the decision',
      [
        changeRequestAddCommand(io),
        changeRequestListCommand(io),
        changeRequestShowCommand(io),
        changeRequestUpdateCommand(io),
        changeRequestSubmitCommand(io),
        changeRequestDecideCommand(io),
        changeRequestDeleteCommand(io),
      ],
    ).alias('cr'),
  );
  program.addCommand(
    noun(
      'calendar',
      "a program's working calendars: its week, holidays and other hours",
      calendarCommands(io),
    ),
  );
  program.addCommand(
    noun('holiday', 'organization holidays: days no calendar works', [
      holidayListCommand(io),
      holidayAddCommand(io),
      holidayUpdateCommand(io),
      holidayDeleteCommand(io),
    ]),
  );
  program.addCommand(
    noun('person', 'the TPM team directory', [
      personListCommand(io),
      personShowCommand(io),
      personTimeOffCommand(io),
      personTimeOffUpdateCommand(io),
      personTimeOffDeleteCommand(io),
      personSkillsCommand(io),
    ]),
  );
  program.addCommand(
    noun('team', 'teams, their members and working hours', [
      teamListCommand(io),
      teamAddCommand(io),
      teamUpdateCommand(io),
      teamHoursCommand(io),
      teamDeleteCommand(io),
      teamMemberCommand(io),
    ]),
  );
  program.addCommand(
    noun('allocation', "people's time on programs and run work", [
      allocationAddCommand(io),
      allocationListCommand(io),
      allocationUpdateCommand(io),
      allocationDeleteCommand(io),
    ]),
  );
  program.addCommand(capacityCommand(io));
  program.addCommand(homeCommand(io));
  program.addCommand(
    noun('headcount', 'the headcount plan: roles (supply) and staffing needs (demand)', [
      headcountListCommand(io),
      headcountAddCommand(io),
      headcountRoleCommand(io),
      headcountNeedCommand(io),
    ]),
  );
  program.addCommand(
    noun('kpi', 'measures: KPIs with their targets, RAG, quarterly trend and drill-down', [
      kpiListCommand(io),
      kpiShowCommand(io),
      kpiTargetCommand(io),
    ]),
  );
  program.addCommand(
    noun('ladder', 'the career ladder: tracks, levels, competencies (admins edit)', [
      ladderShowCommand(io),
      ladderTrackCommand(io),
      ladderLevelCommand(io),
      ladderCompetencyCommand(io),
    ]),
  );
  program.addCommand(noun('audit', 'the audit log (admins)', [auditListCommand(io)]));
  program.addCommand(
    noun('user', 'accounts: invite, change role, deactivate, reset a password (admins)', [
      userListCommand(io),
      userInviteCommand(io),
      userUpdateCommand(io),
      userDeactivateCommand(io),
      userResetPasswordCommand(io),
    ]),
  );
  program.addCommand(backupCommand(io));
  program.addCommand(restoreCommand(io));
  return program;
}

function configure(command: Command, io: CliIo): void {
  // Commander would call process.exit itself; we want one place that picks exit codes.
  command.exitOverride();
  command.configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  for (const sub of command.commands) configure(sub, io);
}

/** Runs one command line and returns the exit code; never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createCli(io);
  configure(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version arrive here with exit code 0; usage mistakes were already printed by commander.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.err(error.lines.map((line) => `${line}\n`).join(''));
      return error.exitCode;
    }
    io.err(
      `waymark: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_FAILURE;
  }
}
