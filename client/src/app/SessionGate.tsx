import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/useSession';
import type { Role } from '../graphql/generated/graphql';
import { ErrorState, LoadingState } from './PageStates';
import { ROLE_HOME } from './role-home';
import { RoleShell } from './RoleShell';

/** Everything behind sign-in: no session sends the person to /sign-in and back after. */
export function SessionGate() {
  const { viewer, loading, error, signedOut, refetch } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState label="Opening Tandem…" />;
  if (signedOut || (!viewer && !error)) {
    const from = location.pathname === '/' ? '' : `?from=${encodeURIComponent(location.pathname)}`;
    return <Navigate to={`/sign-in${from}`} replace />;
  }
  if (error || !viewer) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <RoleShell viewer={viewer}>
      <Outlet context={viewer} />
    </RoleShell>
  );
}

/** A page of some roles: anyone else is taken to their own home. */
export function RequireRole({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const { viewer } = useSession();
  if (viewer && !roles.includes(viewer.role))
    return <Navigate to={ROLE_HOME[viewer.role]} replace />;
  return <>{children}</>;
}

export function RoleHomeRedirect() {
  const { viewer } = useSession();
  return viewer ? <Navigate to={ROLE_HOME[viewer.role]} replace /> : null;
}
