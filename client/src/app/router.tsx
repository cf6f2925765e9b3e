import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import type { Role } from '../graphql/generated/graphql';
import { NotFoundPage } from './NotFoundPage';
import { LoadingState } from './PageStates';
import { RequireRole, RoleHomeRedirect, SessionGate } from './SessionGate';

// Each role's pages load on demand, so no one downloads another role's code; the invitation
// and password reset pages too (once per person). Sign-in stays in the entry: it is every first visit.
const AcceptInvitationPage = lazy(() => import('../features/invitation/AcceptInvitationPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));
const ClinicOverviewPage = lazy(() => import('../features/admin/ClinicOverviewPage'));
const CaseloadPage = lazy(() => import('../features/caseload/CaseloadPage'));
const MyExercisesPage = lazy(() => import('../features/portal/MyExercisesPage'));
const TodoPage = lazy(() => import('../features/portal/TodoPage'));
const NotificationsPage = lazy(() => import('../features/portal/NotificationsPage'));
const CheckinPage = lazy(() => import('../features/checkins/CheckinPage'));
const MyProgressPage = lazy(() => import('../features/trends/MyProgressPage'));
const LibraryPage = lazy(() => import('../features/library/LibraryPage'));
const ExerciseEditorPage = lazy(() => import('../features/library/ExerciseEditorPage'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage'));
const CouplesPage = lazy(() => import('../features/couples/CouplesPage'));
const CouplePage = lazy(() => import('../features/couples/CouplePage'));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage'));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage'));

const page = (roles: Role | Role[], element: ReactNode) => (
  <RequireRole roles={Array.isArray(roles) ? roles : [roles]}>
    <Suspense fallback={<LoadingState />}>{element}</Suspense>
  </RequireRole>
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/accept-invitation',
    element: (
      <Suspense fallback={<LoadingState />}>
        <AcceptInvitationPage />
      </Suspense>
    ),
  },
  {
    path: '/forgot-password',
    element: (
      <Suspense fallback={<LoadingState />}>
        <ForgotPasswordPage />
      </Suspense>
    ),
  },
  {
    path: '/reset-password',
    element: (
      <Suspense fallback={<LoadingState />}>
        <ResetPasswordPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <SessionGate />,
    children: [
      { index: true, element: <RoleHomeRedirect /> },
      { path: 'admin', element: page('ADMIN', <ClinicOverviewPage />) },
      { path: 'caseload', element: page('COUNSELOR', <CaseloadPage />) },
      { path: 'admin/accounts', element: page('ADMIN', <AccountsPage />) },
      { path: 'admin/couples', element: page('ADMIN', <CouplesPage />) },
      { path: 'admin/audit', element: page('ADMIN', <AuditLogPage />) },
      { path: 'couples/:id', element: page(['ADMIN', 'COUNSELOR'], <CouplePage />) },
      { path: 'library', element: page(['ADMIN', 'COUNSELOR'], <LibraryPage />) },
      { path: 'library/new', element: page(['ADMIN', 'COUNSELOR'], <ExerciseEditorPage />) },
      { path: 'library/:id/edit', element: page(['ADMIN', 'COUNSELOR'], <ExerciseEditorPage />) },
      { path: 'exercises', element: page('CLIENT', <MyExercisesPage />) },
      { path: 'exercises/:id', element: page('CLIENT', <TodoPage />) },
      { path: 'checkins/:id', element: page('CLIENT', <CheckinPage />) },
      { path: 'progress', element: page('CLIENT', <MyProgressPage />) },
      { path: 'notifications', element: page('CLIENT', <NotificationsPage />) },
      { path: 'profile', element: page(['ADMIN', 'COUNSELOR', 'CLIENT'], <ProfilePage />) },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
