import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MouseEvent, ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useSignOut } from '../features/auth/useSession';
import { useUnreadNotificationCount } from '../features/portal/useUnreadNotificationCount';
import type { MeQuery, Role } from '../graphql/generated/graphql';
import { ROLE_LABEL } from './roles';
import './shell.css';

const PROFILE = { to: '/profile', label: 'My profile' };
const LIBRARY = { to: '/library', label: 'Exercise library' };
const NOTIFICATIONS = '/notifications';

const NAVIGATION: Record<Role, Array<{ to: string; label: string }>> = {
  ADMIN: [
    { to: '/admin', label: 'Clinic overview' },
    { to: '/admin/accounts', label: 'Accounts' },
    { to: '/admin/couples', label: 'Couples' },
    LIBRARY,
    { to: '/admin/audit', label: 'Audit log' },
    PROFILE,
  ],
  COUNSELOR: [{ to: '/caseload', label: 'Caseload' }, LIBRARY, PROFILE],
  CLIENT: [
    { to: '/exercises', label: 'My exercises' },
    { to: '/progress', label: 'My progress' },
    { to: NOTIFICATIONS, label: 'Notifications' },
    PROFILE,
  ],
};

/** Focus moves into the page without a fragment in the address (the router owns the URL). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

/** Header, role navigation (a burger on phones) and the page. */
export function RoleShell({ viewer, children }: { viewer: MeQuery['me']; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { signOut, signingOut } = useSignOut();
  const { pathname } = useLocation();
  const unread = useUnreadNotificationCount(viewer.role === 'CLIENT');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700} size="lg" c="indigo.8">
              Tandem
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {viewer.clinic.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs">
              {viewer.displayName}
              <VisuallyHidden>, {ROLE_LABEL[viewer.role]}</VisuallyHidden>
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()} loading={signingOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Title order={2} size="xs" c="dimmed" tt="uppercase" mb="xs">
          {ROLE_LABEL[viewer.role]}
        </Title>
        {NAVIGATION[viewer.role].map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={item.label}
            rightSection={
              item.to === NOTIFICATIONS && unread > 0 ? (
                <Badge size="sm" circle={unread < 10}>
                  {unread}
                  <VisuallyHidden> unread</VisuallyHidden>
                </Badge>
              ) : undefined
            }
            active={pathname === item.to}
            aria-current={pathname === item.to ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
