import { demoCalendar } from './demo-calendar.js';
import { link, type DemoDependency, type DemoOrganization } from './demo-model.js';
import { DEMO_PEOPLE, DEMO_TEAMS } from './demo-people.js';
import { euDataResidencyProgram } from './programs/eu-data-residency.js';
import { identityConsolidationProgram } from './programs/identity-consolidation.js';
import { mobileRedesignProgram } from './programs/mobile-redesign.js';
import { paymentsMigrationProgram } from './programs/payments-migration.js';

/** Where one program waits on another: what makes a portfolio more than four lists. */
export const CROSS_PROGRAM_DEPENDENCIES: DemoDependency[] = [
  // EU card traffic can only move once the EU region is production-ready.
  link('dr.m.region', 'pay.eu-routing'),
  // The payments back office joins single sign-on after the first wave proves it.
  link('idp.wave1', 'pay.admin-sso'),
  // The new checkout needs a certified processor; two days to switch the app's keys.
  link('pay.m.cert', 'mob.checkout', 'FS', 2),
  // The app's data export screens start once the regional export API has run two weeks.
  link('dr.export-api', 'mob.privacy', 'SS', 10),
  // The EU access review audits staff who already sign in with hardware keys.
  link('idp.mfa', 'dr.access-review'),
];

/**
 * The demo organization laid out around `today` (a calendar date, e.g. '2030-01-31'):
 * programs that started some weeks ago and end months ahead. Pure and deterministic:
 * the same `today` gives the same organization.
 */
export function buildDemoOrganization(today: string): DemoOrganization {
  const cal = demoCalendar(today);
  const programs = [
    euDataResidencyProgram(cal),
    paymentsMigrationProgram(cal),
    mobileRedesignProgram(cal),
    identityConsolidationProgram(cal),
  ];
  return {
    today,
    teams: DEMO_TEAMS.map((t) => ({ ...t })),
    people: DEMO_PEOPLE.map((p) => ({ ...p })),
    programs,
    dependencies: [
      ...programs.flatMap((p) => p.dependencies),
      ...CROSS_PROGRAM_DEPENDENCIES.map((d) => ({ ...d })),
    ],
  };
}
