import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useParams } from 'react-router-dom';
import { Activities } from './pages/activities';
import { Boards } from './pages/boards';
import { CheckIn } from './pages/check-in';
import { ChooseTown } from './pages/choose-town';
import { Home } from './pages/home';
import { Settings } from './pages/settings';
import { SignIn } from './pages/sign-in';
import { SignUp } from './pages/sign-up';
import { loadSession } from './session/session';

// A page for signed-in people: the town's sign-in page for anyone else.
function SignedIn({ children }: { children: ReactNode }) {
  const { tenant = '' } = useParams();
  return loadSession(tenant) ? children : <Navigate to={`/t/${tenant}/sign-in`} replace />;
}

/** The app's pages: a town's under /t/<tenant>/, the choice of town at /. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<ChooseTown />} />
        <Route path="/t/:tenant/sign-in" element={<SignIn />} />
        <Route path="/t/:tenant/sign-up" element={<SignUp />} />
        <Route
          path="/t/:tenant"
          element={
            <SignedIn>
              <Home />
            </SignedIn>
          }
        />
        <Route
          path="/t/:tenant/activities"
          element={
            <SignedIn>
              <Activities />
            </SignedIn>
          }
        />
        <Route
          path="/t/:tenant/check-in"
          element={
            <SignedIn>
              <CheckIn />
            </SignedIn>
          }
        />
        <Route
          path="/t/:tenant/boards"
          element={
            <SignedIn>
              <Boards />
            </SignedIn>
          }
        />
        <Route
          path="/t/:tenant/settings"
          element={
            <SignedIn>
              <Settings />
            </SignedIn>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </BrowserRouter>
  );
}
