// The demo organization's team data: where people work, what they know, what
// they are allocated to, their time off, assessments and the headcount plan.
// Plain data keyed by the person keys of demo-people.ts and program keys; weeks
// are counted from the Monday of "today" so the heatmap always has a story.

export interface DemoProfile {
  location: string;
  timeZone: string;
  /** Local minutes; the seeds' 08:00–16:00 Pacific unless said otherwise. */
  hours?: [number, number];
  days?: number[];
  capacity?: number;
  flexible?: boolean;
  skills: [name: string, proficiency: number][];
  domains: [name: string, proficiency: number][];
}

const PACIFIC = 'America/Los_Angeles';
const NINE_TO_FIVE: [number, number] = [540, 1020];

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  priya: {
    location: 'San Francisco',
    timeZone: PACIFIC,
    skills: [
      ['Portfolio planning', 5],
      ['Executive communication', 5],
    ],
    domains: [['Product strategy', 4]],
  },
  hannah: {
    location: 'Portland',
    timeZone: PACIFIC,
    skills: [
      ['Coaching', 4],
      ['Roadmapping', 4],
    ],
    domains: [['Mobile', 3]],
  },
  kwame: {
    location: 'Seattle',
    timeZone: PACIFIC,
    flexible: true,
    skills: [
      ['Risk management', 5],
      ['Architecture reviews', 4],
    ],
    domains: [
      ['Data privacy', 5],
      ['Cloud infrastructure', 4],
    ],
  },
  meiling: {
    location: 'Vancouver',
    timeZone: PACIFIC,
    flexible: true,
    skills: [
      ['Release planning', 5],
      ['Stakeholder management', 4],
    ],
    domains: [
      ['Mobile', 5],
      ['Design systems', 3],
    ],
  },
  diego: {
    location: 'San Diego',
    timeZone: PACIFIC,
    skills: [
      ['Data migration', 4],
      ['SQL', 4],
    ],
    domains: [
      ['Data privacy', 3],
      ['Payments', 2],
    ],
  },
  lena: {
    location: 'Los Angeles',
    timeZone: PACIFIC,
    capacity: 0.8,
    skills: [
      ['Contract negotiation', 4],
      ['Stakeholder management', 3],
    ],
    domains: [
      ['Data privacy', 4],
      ['Compliance', 4],
    ],
  },
  aisha: {
    location: 'Oakland',
    timeZone: PACIFIC,
    skills: [
      ['Release planning', 3],
      ['Agile delivery', 4],
    ],
    domains: [['Mobile', 3]],
  },
  jonah: {
    location: 'Sacramento',
    timeZone: PACIFIC,
    capacity: 0.6,
    skills: [
      ['Agile delivery', 2],
      ['SQL', 2],
    ],
    domains: [['Mobile', 1]],
  },
  rafael: {
    location: 'Austin',
    timeZone: 'America/Chicago',
    hours: NINE_TO_FIVE,
    skills: [
      ['Portfolio planning', 5],
      ['Hiring', 4],
    ],
    domains: [['Cloud infrastructure', 4]],
  },
  yuki: {
    location: 'Tokyo',
    timeZone: 'Asia/Tokyo',
    hours: NINE_TO_FIVE,
    skills: [
      ['Coaching', 4],
      ['Risk management', 4],
    ],
    domains: [['Site reliability', 4]],
  },
  oluwaseun: {
    location: 'London',
    timeZone: 'Europe/London',
    hours: NINE_TO_FIVE,
    skills: [
      ['Vendor management', 5],
      ['Risk management', 4],
    ],
    domains: [
      ['Payments', 5],
      ['Compliance', 3],
    ],
  },
  marta: {
    location: 'Warsaw',
    timeZone: 'Europe/Warsaw',
    hours: NINE_TO_FIVE,
    skills: [
      ['Capacity planning', 4],
      ['Incident management', 4],
    ],
    domains: [
      ['Cloud infrastructure', 5],
      ['Site reliability', 4],
    ],
  },
  freya: {
    location: 'Oslo',
    timeZone: 'Europe/Oslo',
    hours: NINE_TO_FIVE,
    skills: [
      ['Release planning', 4],
      ['SQL', 3],
    ],
    domains: [['Payments', 4]],
  },
  samir: {
    location: 'Toronto',
    timeZone: 'America/Toronto',
    hours: NINE_TO_FIVE,
    skills: [
      ['Agile delivery', 4],
      ['Vendor management', 2],
    ],
    domains: [['Payments', 3]],
  },
  rohan: {
    location: 'Bengaluru',
    timeZone: 'Asia/Kolkata',
    hours: NINE_TO_FIVE,
    skills: [
      ['Data migration', 3],
      ['Capacity planning', 3],
    ],
    domains: [
      ['Payments', 3],
      ['Mobile', 2],
    ],
  },
  tendai: {
    location: 'Johannesburg',
    timeZone: 'Africa/Johannesburg',
    hours: NINE_TO_FIVE,
    days: [1, 2, 3, 4],
    skills: [['Incident management', 2]],
    domains: [['Site reliability', 2]],
  },
  lucia: {
    location: 'Madrid',
    timeZone: 'Europe/Madrid',
    hours: NINE_TO_FIVE,
    skills: [
      ['Portfolio planning', 4],
      ['Vendor management', 4],
    ],
    domains: [
      ['Identity and access', 4],
      ['ERP systems', 4],
    ],
  },
  desmond: {
    location: 'Amsterdam',
    timeZone: 'Europe/Amsterdam',
    hours: NINE_TO_FIVE,
    skills: [
      ['Change management', 4],
      ['Coaching', 3],
    ],
    domains: [['Identity and access', 3]],
  },
  anjali: {
    location: 'Pune',
    timeZone: 'Asia/Kolkata',
    hours: NINE_TO_FIVE,
    skills: [
      ['Architecture reviews', 5],
      ['Risk management', 4],
    ],
    domains: [
      ['Identity and access', 5],
      ['Compliance', 4],
    ],
  },
  bjorn: {
    location: 'Stockholm',
    timeZone: 'Europe/Stockholm',
    hours: NINE_TO_FIVE,
    skills: [
      ['Change management', 3],
      ['Vendor management', 3],
    ],
    domains: [
      ['Identity and access', 4],
      ['Devices', 3],
    ],
  },
  grace: {
    location: 'Nairobi',
    timeZone: 'Africa/Nairobi',
    hours: NINE_TO_FIVE,
    skills: [
      ['Agile delivery', 3],
      ['Change management', 3],
    ],
    domains: [['ERP systems', 3]],
  },
  kai: {
    location: 'Honolulu',
    timeZone: 'Pacific/Honolulu',
    skills: [['SQL', 2]],
    domains: [['Devices', 2]],
  },
  // Executives and partners give a fifth of their week to the programs they sponsor.
  chidi: {
    location: 'San Francisco',
    timeZone: PACIFIC,
    capacity: 0.2,
    skills: [],
    domains: [['Cloud infrastructure', 5]],
  },
  sofia: {
    location: 'New York',
    timeZone: 'America/New_York',
    hours: NINE_TO_FIVE,
    capacity: 0.2,
    skills: [],
    domains: [['Payments', 5]],
  },
  elena: {
    location: 'Chicago',
    timeZone: 'America/Chicago',
    hours: NINE_TO_FIVE,
    capacity: 0.2,
    skills: [],
    domains: [['ERP systems', 4]],
  },
  arjun: {
    location: 'San Jose',
    timeZone: PACIFIC,
    capacity: 0.2,
    skills: [],
    domains: [['Mobile', 5]],
  },
  nadia: {
    location: 'Dublin',
    timeZone: 'Europe/Dublin',
    hours: NINE_TO_FIVE,
    capacity: 0.2,
    skills: [],
    domains: [['Data privacy', 5]],
  },
  isabel: {
    location: 'Lisbon',
    timeZone: 'Europe/Lisbon',
    hours: NINE_TO_FIVE,
    capacity: 0.2,
    skills: [],
    domains: [['Design systems', 5]],
  },
};

/** [person, program key or run work, percent or "<n>h", from week, to week (inclusive) or null]. */
export type DemoAllocation = [string, string, number | `${number}h`, number, number | null];

export const RUN_WORK_PREFIX = 'run:';

export const DEMO_ALLOCATIONS: DemoAllocation[] = [
  ['priya', 'run:Portfolio reviews and staff meetings', 60, -8, null],
  ['priya', 'dr', 20, -8, 20],
  ['hannah', 'run:Team management', 50, -8, null],
  ['hannah', 'mob', 30, -8, 24],
  ['kwame', 'dr', 70, -8, 20],
  ['kwame', 'pay', 20, 0, 10],
  ['kwame', 'run:Architecture reviews', 10, -8, null],
  ['meiling', 'mob', 80, -6, 24],
  ['meiling', 'dr', 20, 4, 9],
  ['meiling', 'run:Intake triage rota', 10, 4, 6],
  ['diego', 'dr', 60, -8, 16],
  ['diego', 'mob', 40, 2, 12],
  ['lena', 'dr', 50, -8, 18],
  ['lena', 'pay', 30, 3, 14],
  ['lena', 'run:Vendor contract renewals', 20, -8, null],
  ['aisha', 'mob', 60, -6, 24],
  ['aisha', 'run:Intake triage rota', 20, -8, null],
  ['jonah', 'mob', 40, -6, 24],
  ['rafael', 'run:Staff and quarterly planning', 70, -8, null],
  ['rafael', 'pay', 10, -8, 26],
  ['yuki', 'run:Team management', 60, -8, null],
  ['yuki', 'pay', 20, -8, 20],
  ['oluwaseun', 'pay', 80, -8, 26],
  ['oluwaseun', 'dr', 30, 10, 18],
  ['marta', 'dr', 70, -8, 22],
  ['marta', 'run:Incident reviews', 20, -8, null],
  ['freya', 'pay', 60, -4, 12],
  ['samir', 'pay', 70, -8, 26],
  ['samir', 'run:Release rota', '6h', 0, null],
  ['rohan', 'pay', 50, -8, 26],
  ['rohan', 'mob', 30, 0, 8],
  ['tendai', 'run:Release rota', '16h', -8, null],
  ['tendai', 'pay', 40, -4, 20],
  ['lucia', 'run:IT leadership and budgets', 60, -8, null],
  ['lucia', 'idp', 20, -8, 26],
  ['desmond', 'idp', 60, -8, 26],
  ['desmond', 'run:Team management', 30, -8, null],
  ['anjali', 'idp', 80, -8, 26],
  ['anjali', 'dr', 20, 2, 10],
  ['bjorn', 'idp', 70, -8, 20],
  ['grace', 'idp', 60, -8, 26],
  ['grace', 'run:Service desk changes', 30, -8, null],
  ['kai', 'idp', 30, -4, 26],
  ['chidi', 'dr', 80, -8, null],
  ['sofia', 'pay', 80, -8, null],
  ['elena', 'idp', 80, -8, null],
  ['arjun', 'mob', 80, -8, null],
  ['nadia', 'dr', 60, -8, null],
  ['isabel', 'mob', 60, -8, null],
];

/** [person, first day (days after this Monday), last day, kind]. */
export const DEMO_TIME_OFF: [string, number, number, 'vacation' | 'training' | 'parental'][] = [
  ['diego', 44, 46, 'vacation'],
  ['yuki', 21, 25, 'vacation'],
  ['oluwaseun', 63, 74, 'vacation'],
  ['aisha', 14, 15, 'training'],
  ['bjorn', 35, 60, 'parental'],
  ['freya', 28, 32, 'vacation'],
  ['kwame', 7, 9, 'training'],
];

/** [person, competencies met by their manager at the next level, met by themself]. */
export const DEMO_ASSESSMENTS: [string, number, number][] = [
  ['marta', 6, 6],
  ['aisha', 5, 6],
  ['samir', 3, 5],
  ['jonah', 2, 4],
  ['grace', 4, 3],
];

/** [title, quarter offset from the current fiscal quarter, track, level key, status, filled by]. */
export const DEMO_ROLES: [
  string,
  number,
  string,
  string,
  'planned' | 'open' | 'filled',
  string | null,
][] = [
  ['Associate TPM, mobile', -2, 'product_tpm', 'associate', 'filled', 'jonah'],
  ['Senior TPM, payments', 0, 'engineering_tpm', 'senior', 'open', null],
  ['TPM, data platform', 0, 'engineering_tpm', 'intermediate', 'open', null],
  ['Staff TPM, reliability', 1, 'engineering_tpm', 'staff', 'planned', null],
  ['IT program manager, finance systems', 1, 'it_pmo', 'intermediate', 'planned', null],
  ['Senior TPM, growth', 2, 'product_tpm', 'senior', 'planned', null],
  ['Principal TPM, AI platform', 3, 'engineering_tpm', 'principal', 'planned', null],
  ['Manager, IT program management', 4, 'it_pmo', 'manager', 'planned', null],
];

/** FTE per fiscal quarter, from three quarters back to six ahead, per program and for accepted intake work. */
export const DEMO_NEEDS_FIRST_OFFSET = -3;
export const DEMO_NEEDS: Record<string, number[]> = {
  dr: [3, 3.5, 4, 4.5, 4.5, 3, 2, 1, 0, 0],
  pay: [4, 4.5, 5, 5.5, 6, 6, 5, 4, 3, 2],
  mob: [3, 3, 3.5, 4, 4, 3.5, 3, 2, 1, 0],
  idp: [4, 4, 4.5, 4.5, 4, 4, 3, 2, 1, 1],
  intake: [2, 3, 4, 6, 7, 9, 12, 14, 16, 18],
};
