import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import type { Role } from '../graphql/generated/graphql';
import { NotFoundPage } from './NotFoundPage';
import { LoadingState } from './PageStates';
import { RequireRole, RoleHomeRedirect, SessionGate } from './SessionGate';

// Each role's pages load on demand, so no one downloads another role's code.
const ClinicOverviewPage = lazy(() => import('../features/admin/ClinicOverviewPage'));
const CaseloadPage = lazy(() => import('../features/caseload/CaseloadPage'));
const MyExercisesPage = lazy(() => import('../features/portal/MyExercisesPage'));

const page = (role: Role, element: ReactNode) => (
  <RequireRole role={role}>
    <Suspense fallback={<LoadingState />}>{element}</Suspense>
  </RequireRole>
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <SessionGate />,
    children: [
      { index: true, element: <RoleHomeRedirect /> },
      { path: 'admin', element: page('ADMIN', <ClinicOverviewPage />) },
      { path: 'caseload', element: page('COUNSELOR', <CaseloadPage />) },
      { path: 'exercises', element: page('CLIENT', <MyExercisesPage />) },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
