import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { CAPABILITIES } from './pages/coming-soon/capabilities';
import { ComingSoonPage } from './pages/coming-soon/coming-soon.page';
import { IntakePage } from './pages/intake/intake.page';
import { RequestDetailPage } from './pages/intake/request-detail.page';
import { NotFoundPage } from './pages/not-found.page';
import { ProgramDetailPage } from './pages/program-detail/program-detail.page';
import { ProgramsPage } from './pages/programs/programs.page';
import { SchedulePage } from './pages/schedule/schedule.page';
import { ForecastPage } from './pages/forecast/forecast.page';
import { SignInPage } from './pages/sign-in/sign-in.page';
import { CapacityPage } from './pages/team/capacity.page';
import { DirectoryPage } from './pages/team/directory.page';
import { HeadcountPage } from './pages/team/headcount.page';
import { LadderPage } from './pages/team/ladder.page';
import { PersonPage } from './pages/team/person.page';
import { TeamsPage } from './pages/team/teams.page';
import { RequireSession } from './session/require-session';
import { SessionProvider } from './session/session-context';
import './styles/app.css';

function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<Navigate to="/programs" replace />} />
            <Route path="/programs" element={<ProgramsPage />} />
            <Route path="/programs/:programId" element={<ProgramDetailPage />} />
            <Route path="/programs/:programId/schedule" element={<SchedulePage />} />
            <Route path="/programs/:programId/forecast" element={<ForecastPage />} />
            <Route path="/intake" element={<IntakePage />} />
            <Route path="/intake/requests/:requestId" element={<RequestDetailPage />} />
            <Route path="/team" element={<DirectoryPage />} />
            <Route path="/team/people/:personId" element={<PersonPage />} />
            <Route path="/team/teams" element={<TeamsPage />} />
            <Route path="/team/capacity" element={<CapacityPage />} />
            <Route path="/team/ladder" element={<LadderPage />} />
            <Route path="/team/headcount" element={<HeadcountPage />} />
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
