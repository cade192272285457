import type { DemoPerson, DemoTeam } from './demo-model.js';

// Invented teams and people. The people follow the career ladder of the seeds:
// individual contributors Associate (grade 5), TPM (6), Senior (7), Staff (8),
// Principal (9); managers Manager (8), Senior Manager (9), Director (10), Senior
// Director (11); on three tracks (product TPM, engineering TPM, IT program
// management). Every name is made up; every address is on the reserved .test domain.

export const DEMO_TEAMS: DemoTeam[] = [
  {
    key: 'product-tpm',
    name: 'Product TPM',
    description: 'Technical program managers for product-led, cross-division initiatives.',
  },
  {
    key: 'engineering-tpm',
    name: 'Engineering TPM',
    description:
      'Technical program managers for engineering-wide programs: platform, reliability, releases.',
  },
  {
    key: 'it-pmo',
    name: 'IT Program Management Office',
    description: 'Program managers for company systems, business processes and IT infrastructure.',
  },
  {
    key: 'platform',
    name: 'Platform Engineering',
    description: 'Compute, networking and the shared services every product runs on.',
  },
  {
    key: 'payments',
    name: 'Payments',
    description: 'Checkout, payment processing and the ledger.',
  },
  { key: 'mobile', name: 'Mobile', description: 'The iOS and Android apps.' },
  { key: 'data', name: 'Data Platform', description: 'Storage, pipelines and data tooling.' },
  {
    key: 'security',
    name: 'Security',
    description: 'Security engineering, compliance and access control.',
  },
  {
    key: 'sre',
    name: 'Site Reliability',
    description: 'Production operations, capacity and incident response.',
  },
  {
    key: 'it-ops',
    name: 'IT Operations',
    description: 'Identity, devices and the internal applications employees use.',
  },
  {
    key: 'product-design',
    name: 'Product Design',
    description: 'Research, interaction and visual design.',
  },
  {
    key: 'legal',
    name: 'Legal & Privacy',
    description: 'Contracts, privacy and regulatory counsel.',
  },
  {
    key: 'finance',
    name: 'Finance',
    description: 'Accounting, procurement and financial planning.',
  },
];

type PersonRow = [
  key: string,
  name: string,
  title: string,
  grade: number | null,
  manager: string | null,
];

function people(
  track: DemoPerson['track'],
  teamKey: string,
  rows: PersonRow[],
  roleOf: (title: string) => DemoPerson['role'],
): DemoPerson[] {
  return rows.map(([key, name, title, grade, managerKey]) => ({
    key,
    name,
    email: `${emailPart(name)}@waymark.test`,
    role: roleOf(title),
    title,
    track,
    grade,
    teamKey,
    managerKey,
  }));
}

/** "Lucía Navarro" → "lucia.navarro": accents dropped, lower case, first.last. */
export function emailPart(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const [first, ...rest] = ascii.split(' ');
  return [first, rest.join('')].join('.').replace(/[^a-z.-]/g, '');
}

function partner(key: string, name: string, title: string, teamKey: string): DemoPerson {
  return people('partner', teamKey, [[key, name, title, null, null]], () => 'stakeholder')[0]!;
}

const isManagerTitle = (title: string) => /^(Senior )?(Manager|Director),/.test(title);
const ladder = (title: string): DemoPerson['role'] =>
  isManagerTitle(title) ? 'tpm_manager' : 'tpm';

export const DEMO_PEOPLE: DemoPerson[] = [
  ...people(
    'product_tpm',
    'product-tpm',
    [
      ['priya', 'Priya Raghunathan', 'Senior Director, Technical Program Management', 11, null],
      ['hannah', 'Hannah Lindqvist', 'Manager, Technical Program Management', 8, 'priya'],
      ['kwame', 'Kwame Adjei-Mensah', 'Principal Technical Program Manager', 9, 'priya'],
      ['meiling', 'Mei-Ling Zhou', 'Staff Technical Program Manager', 8, 'hannah'],
      ['diego', 'Diego Ferreira', 'Senior Technical Program Manager', 7, 'hannah'],
      ['lena', 'Lena Hoffmann', 'Senior Technical Program Manager', 7, 'hannah'],
      ['aisha', 'Aisha Bello', 'Technical Program Manager', 6, 'hannah'],
      ['jonah', 'Jonah Whitfield', 'Associate Technical Program Manager', 5, 'hannah'],
    ],
    ladder,
  ),
  ...people(
    'engineering_tpm',
    'engineering-tpm',
    [
      ['rafael', 'Rafael Moreno', 'Director, Technical Program Management', 10, 'priya'],
      ['yuki', 'Yuki Tanabe', 'Senior Manager, Technical Program Management', 9, 'rafael'],
      ['oluwaseun', 'Oluwaseun Adeyemi', 'Staff Engineering Technical Program Manager', 8, 'yuki'],
      ['marta', 'Marta Kowalczyk', 'Senior Engineering Technical Program Manager', 7, 'yuki'],
      ['freya', 'Freya Nilsen', 'Senior Engineering Technical Program Manager', 7, 'yuki'],
      ['samir', 'Samir Haddad', 'Engineering Technical Program Manager', 6, 'yuki'],
      ['rohan', 'Rohan Iyer', 'Engineering Technical Program Manager', 6, 'yuki'],
      ['tendai', 'Tendai Mukwevho', 'Associate Engineering Technical Program Manager', 5, 'yuki'],
    ],
    ladder,
  ),
  ...people(
    'it_pmo',
    'it-pmo',
    [
      ['lucia', 'Lucía Navarro', 'Director, IT Program Management', 10, 'elena'],
      ['desmond', 'Desmond Achterberg', 'Manager, IT Program Management', 8, 'lucia'],
      ['anjali', 'Anjali Deshpande', 'Principal, IT Program Management', 9, 'lucia'],
      ['bjorn', 'Björn Halvorsen', 'Senior IT Program Manager', 7, 'desmond'],
      ['grace', 'Grace Mwangi', 'IT Program Manager', 6, 'desmond'],
      ['kai', 'Kai Nakashima', 'Associate IT Program Manager', 5, 'desmond'],
    ],
    ladder,
  ),
  // Executives and partners: they sponsor programs and read dashboards.
  partner('chidi', 'Chidi Okonkwo', 'VP Engineering, Platform', 'platform'),
  partner('sofia', 'Sofia Marchetti', 'VP Payments', 'payments'),
  partner('elena', 'Elena Sokolova', 'Chief Information Officer', 'it-ops'),
  partner('arjun', 'Arjun Venkataraman', 'VP Product, Mobile', 'mobile'),
  partner('nadia', 'Nadia Rahimi', 'Chief Privacy Officer', 'legal'),
  partner('isabel', 'Isabel Duarte', 'Director of Product Design', 'product-design'),
];
