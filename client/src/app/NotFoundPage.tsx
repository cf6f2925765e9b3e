import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Container size={520} py={64} component="main">
      <Title order={1}>Page not found</Title>
      <Text my="md">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </Text>
      <Anchor component={Link} to="/">
        Go to your home page
      </Anchor>
    </Container>
  );
}
