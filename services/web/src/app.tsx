import type { ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { ADMIN_PAGES } from './admin/admin-pages';
import { Activities } from './pages/activities';
import { Boards } from './pages/boards';
import { Causes } from './pages/causes';
import { CheckIn } from './pages/check-in';
import { ChooseTown } from './pages/choose-town';
import { Groups } from './pages/groups';
import { Home } from './pages/home';
import { MyCard } from './pages/my-card';
import { Offers } from './pages/offers';
import { PARTNER_PAGES } from './partner/partner-pages';
import { Privacy } from './pages/privacy';
import { Settings } from './pages/settings';
import { SignIn } from './pages/sign-in';
import { SignUp } from './pages/sign-up';
import { Steward } from './pages/steward';
import { Vouchers } from './pages/vouchers';
import { SignedIn } from './session/profile';

// Pages a resident opens from another: loaded when first opened, outside the start page's budget.
const ActivityPage = lazy(() =>
  import('./pages/activity').then((m) => ({ default: m.ActivityPage })),
);
const Give = lazy(() => import('./pages/give').then((m) => ({ default: m.Give })));
const VerifyEmail = lazy(() =>
  import('./pages/verify-email').then((m) => ({ default: m.VerifyEmail })),
);

/** The pages of a town for signed-in people, by their path under /t/<tenant>. */
const SIGNED_IN_PAGES: [string, ComponentType][] = [
  ['', Home],
  ['/activities', Activities],
  ['/activities/:activity', ActivityPage],
  ['/give', Give],
  ['/check-in', CheckIn],
  ['/offers', Offers],
  ['/vouchers', Vouchers],
  ['/boards', Boards],
  ['/card', MyCard],
  ['/groups', Groups],
  ['/causes', Causes],
  ['/privacy', Privacy],
  ['/steward', Steward],
  ['/settings', Settings],
  ...PARTNER_PAGES,
  ...ADMIN_PAGES,
];

/** The app's pages: a town's under /t/<tenant>/, the choice of town at /. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<ChooseTown />} />
        <Route path="/t/:tenant/sign-in" element={<SignIn />} />
        <Route path="/t/:tenant/sign-up" element={<SignUp />} />
        <Route
          path="/t/:tenant/verify-email"
          element={
            <Suspense fallback={null}>
              <VerifyEmail />
            </Suspense>
          }
        />
        {SIGNED_IN_PAGES.map(([path, Page]) => (
          <Route
            key={path}
            path={`/t/:tenant${path}`}
            element={
              <SignedIn>
                <Suspense fallback={null}>
                  <Page />
                </Suspense>
              </SignedIn>
            }
          />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </BrowserRouter>
  );
}
