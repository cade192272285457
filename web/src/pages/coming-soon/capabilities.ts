/** The parts of Waymark, in the order the sidebar shows them. */
export interface Capability {
  path: string;
  title: string;
  icon:
    | 'home'
    | 'check'
    | 'inbox'
    | 'layers'
    | 'grid'
    | 'people'
    | 'scale'
    | 'gauge'
    | 'target'
    | 'message'
    | 'shield';
  /** One line under the page title. */
  purpose: string;
  /** What will live there, shown on the "coming soon" page until it is built. */
  planned: string[];
  ready: boolean;
}

export const CAPABILITIES: Capability[] = [
  {
    path: '/home',
    title: 'Home',
    icon: 'home',
    purpose: 'What is yours to do: your action items, and what needs you.',
    planned: ['My action items, overdue first', 'Notification preferences'],
    ready: true,
  },
  {
    path: '/action-items',
    title: 'Action items',
    icon: 'check',
    purpose: 'What each person owes by when, from reviews, post-mortems, reports and risks.',
    planned: ['Mine by default, filtered by state, owner and program', 'Marked done inline'],
    ready: true,
  },
  {
    path: '/intake',
    title: 'Intake',
    icon: 'inbox',
    purpose: 'Requests for program support, triaged within the response goal.',
    planned: [
      'A request template anyone in the company can fill in — here, by API, CLI, Slack or a GitLab label',
      'The triage queue with the SLA clock counted in working hours',
      'Routing suggestions by skills, teams and bandwidth',
      'Accept, decline or defer with a recorded reason',
    ],
    ready: true,
  },
  {
    path: '/programs',
    title: 'Programs',
    icon: 'layers',
    purpose: 'Plans with workstreams, milestones, tasks and dependencies.',
    planned: [],
    ready: true,
  },
  {
    path: '/portfolio',
    title: 'Portfolio',
    icon: 'grid',
    purpose: 'Every program’s health, forecast and budget in one place.',
    // Forecast dates (P50/P80/P95) of every program are here; what is still to come:
    planned: [
      'Health and budget for every program',
      'Prioritization against the team’s capacity',
      'Roadmap and milestone calendar feeds for stakeholders',
    ],
    ready: true,
  },
  {
    path: '/team',
    title: 'Team',
    icon: 'people',
    purpose: 'The TPM team: people, levels, assignments and bandwidth.',
    planned: [
      'Directory with working hours and time zones',
      'Career ladder: tracks, levels, grades and competencies',
      'Allocations to programs over time and a capacity heatmap',
      'Over-allocation warnings and the headcount plan',
    ],
    ready: true,
  },
  {
    path: '/governance',
    title: 'Governance',
    icon: 'scale',
    purpose: 'Decisions, change control, status reports and reviews.',
    planned: [
      'RAID log and decision log',
      'Change requests with schedule and cost impact computed before deciding',
      'Status reports drafted from live data, with what changed',
      'Review cadence with generated agendas, action items and post-mortems',
    ],
    ready: true,
  },
  {
    path: '/reviews',
    title: 'Reviews',
    icon: 'scale',
    purpose: 'Recurring reviews with agendas generated from the programs.',
    planned: [],
    ready: true,
  },
  {
    path: '/measures',
    title: 'Measures',
    icon: 'gauge',
    purpose: 'KPIs computed from the organization’s own data, each against its target.',
    planned: [
      'KPIs with definitions and trends: completion rate, intake SLA, forecast accuracy',
      'Stakeholder satisfaction surveys, answerable without an account',
      'OKRs with scoring and how programs serve them',
      'Budgets with earned-value metrics, vendors and contracts',
    ],
    ready: true,
  },
  {
    path: '/okrs',
    title: 'OKRs',
    icon: 'target',
    purpose: 'Objectives and key results per quarter, and the programs that serve them.',
    planned: [],
    ready: true,
  },
  {
    path: '/surveys',
    title: 'Surveys',
    icon: 'message',
    purpose: 'Stakeholder satisfaction surveys, answerable without an account.',
    planned: ['Surveys with invitation links', 'Results per question'],
    ready: true,
  },
  {
    path: '/admin',
    title: 'Admin',
    icon: 'shield',
    purpose: 'Accounts, roles, API tokens and the audit log.',
    planned: [
      'Accounts and roles, with per-program permissions',
      'API tokens for scripts and the CLI',
      'The audit log of every change',
      'Backups and rate limits',
    ],
    ready: true,
  },
];
