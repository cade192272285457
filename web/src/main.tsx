import { lazy, StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { GovernancePage } from './pages/governance/governance.page';
import { ReviewPage } from './pages/reviews/review.page';
import { ReviewsPage } from './pages/reviews/reviews.page';
import { ProgramGovernancePage } from './pages/governance/program-governance.page';
import { ChangeRequestPage } from './pages/change-requests/change-request.page';
import { CAPABILITIES } from './pages/coming-soon/capabilities';
import { ComingSoonPage } from './pages/coming-soon/coming-soon.page';
import { KpiPage } from './pages/measures/kpi.page';
import { MeasuresPage } from './pages/measures/measures.page';
import { NotFoundPage } from './pages/not-found.page';
import { InvitationPage } from './pages/invitation/invitation.page';
import { PublicSurveyPage } from './pages/surveys/public-survey.page';
import { SurveyPage } from './pages/surveys/survey.page';
import { SurveysPage } from './pages/surveys/surveys.page';
import { SignInPage } from './pages/sign-in/sign-in.page';
import { RequireSession } from './session/require-session';
import { SessionProvider } from './session/session-context';
import './styles/app.css';

/** Each area is its own chunk, so signing in does not wait for the charts of every page. */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
const ProgramsPage = page(() => import('./pages/programs/programs.page'), 'ProgramsPage');
const ProgramDetailPage = page(
  () => import('./pages/program-detail/program-detail.page'),
  'ProgramDetailPage',
);
const SchedulePage = page(() => import('./pages/schedule/schedule.page'), 'SchedulePage');
const ForecastPage = page(() => import('./pages/forecast/forecast.page'), 'ForecastPage');
const StatusReportsPage = page(
  () => import('./pages/status-reports/status-reports.page'),
  'StatusReportsPage',
);
const StatusReportPage = page(
  () => import('./pages/status-reports/status-report.page'),
  'StatusReportPage',
);
const PostMortemsPage = page(
  () => import('./pages/post-mortems/post-mortems.page'),
  'PostMortemsPage',
);
const PostMortemPage = page(
  () => import('./pages/post-mortems/post-mortem.page'),
  'PostMortemPage',
);
const PortfolioPage = page(() => import('./pages/portfolio/portfolio.page'), 'PortfolioPage');
const OkrsPage = page(() => import('./pages/okrs/okrs.page'), 'OkrsPage');
const ObjectivePage = page(() => import('./pages/okrs/objective.page'), 'ObjectivePage');
const IntakePage = page(() => import('./pages/intake/intake.page'), 'IntakePage');
const RequestDetailPage = page(
  () => import('./pages/intake/request-detail.page'),
  'RequestDetailPage',
);
const DirectoryPage = page(() => import('./pages/team/directory.page'), 'DirectoryPage');
const PersonPage = page(() => import('./pages/team/person.page'), 'PersonPage');
const CapacityPage = page(() => import('./pages/team/capacity.page'), 'CapacityPage');
const LadderPage = page(() => import('./pages/team/ladder.page'), 'LadderPage');
const HeadcountPage = page(() => import('./pages/team/headcount.page'), 'HeadcountPage');
const TeamsPage = page(() => import('./pages/team/teams.page'), 'TeamsPage');
const BackupsPage = page(() => import('./pages/admin/backups.page'), 'BackupsPage');
const AuditPage = page(() => import('./pages/admin/audit.page'), 'AuditPage');
const AdminPage = page(() => import('./pages/admin/admin.page'), 'AdminPage');
const HomePage = page(() => import('./pages/home/home.page'), 'HomePage');
const ActionItemsPage = page(
  () => import('./pages/action-items/action-items.page'),
  'ActionItemsPage',
);
const SearchPage = page(() => import('./pages/search/search.page'), 'SearchPage');
const ProgramAuditPage = page(
  () => import('./pages/program-members/program-audit.page'),
  'ProgramAuditPage',
);

function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/invitation" element={<InvitationPage />} />
          <Route path="/survey/:token" element={<PublicSurveyPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<Navigate to="/home" replace />} />
            <Route path="/home" element={<HomePage />} />
            <Route path="/action-items" element={<ActionItemsPage />} />
            <Route path="/programs" element={<ProgramsPage />} />
            <Route path="/programs/:programId" element={<ProgramDetailPage />} />
            <Route path="/programs/:programId/schedule" element={<SchedulePage />} />
            <Route path="/programs/:programId/forecast" element={<ForecastPage />} />
            <Route path="/programs/:programId/reports" element={<StatusReportsPage />} />
            <Route path="/status-reports/:reportId" element={<StatusReportPage />} />
            <Route path="/programs/:programId/audit" element={<ProgramAuditPage />} />
            <Route path="/programs/:programId/governance" element={<ProgramGovernancePage />} />
            <Route
              path="/programs/:programId/change-requests/:changeRequestId"
              element={<ChangeRequestPage />}
            />
            <Route path="/programs/:programId/post-mortems" element={<PostMortemsPage />} />
            <Route path="/post-mortems/:postMortemId" element={<PostMortemPage />} />
            <Route path="/governance" element={<GovernancePage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/reviews" element={<ReviewsPage />} />
            <Route path="/reviews/:reviewId" element={<ReviewPage />} />
            <Route path="/portfolio" element={<PortfolioPage />} />
            <Route path="/okrs" element={<OkrsPage />} />
            <Route path="/okrs/:objectiveId" element={<ObjectivePage />} />
            <Route path="/intake" element={<IntakePage />} />
            <Route path="/intake/requests/:requestId" element={<RequestDetailPage />} />
            <Route path="/team" element={<DirectoryPage />} />
            <Route path="/team/people/:personId" element={<PersonPage />} />
            <Route path="/team/teams" element={<TeamsPage />} />
            <Route path="/team/capacity" element={<CapacityPage />} />
            <Route path="/team/ladder" element={<LadderPage />} />
            <Route path="/team/headcount" element={<HeadcountPage />} />
            <Route path="/admin" element={<AdminPage />} />
            <Route path="/admin/backups" element={<BackupsPage />} />
            <Route path="/admin/audit" element={<AuditPage />} />
            <Route path="/measures" element={<MeasuresPage />} />
            <Route path="/measures/:kpiId" element={<KpiPage />} />
            <Route path="/surveys" element={<SurveysPage />} />
            <Route path="/surveys/:surveyId" element={<SurveyPage />} />
            {CAPABILITIES.filter((c) => !c.ready).map((c) => (
              <Route key={c.path} path={c.path} element={<ComingSoonPage capability={c} />} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
