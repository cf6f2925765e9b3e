import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Accordion,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { LIMITS } from '@tandem/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import type { CaseloadSort } from '../../graphql/generated/graphql';
import { CaseloadCards } from './CaseloadCards';
import { CaseloadTable } from './CaseloadTable';
import { FLAG_TEXT, INDEX_EXPLANATION } from './flag-text';
import { expectedChangePoolText } from './progress-text';
import { referenceText } from './reference-text';
import { CASELOAD, CASELOAD_ACTIVITY } from './graphql/caseload';

export const PAGE_SIZE = 25;
/** Below this width the table's flags would sit in a column scrolled out of view: cards instead. */
const CARDS_QUERY = '(max-width: 68em)';

const SORTS: Array<{ value: CaseloadSort; label: string }> = [
  { value: 'ATTENTION', label: 'Needs attention first' },
  { value: 'INDEX_CHANGE', label: 'Least index change first' },
  { value: 'LAST_ACTIVITY', label: 'Longest without activity first' },
  { value: 'NAME', label: 'Name' },
  { value: 'IN_CARE_SINCE', label: 'Newest in care first' },
];

export default function CaseloadPage() {
  usePageTitle('Caseload');
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<CaseloadSort>('ATTENTION');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, loading, error, refetch } = useQuery(CASELOAD, {
    // The live channel only reaches an open caseload: coming back to it (after resolving a
    // safety alert on a couple page, say) shows the cached rows and asks the server again.
    fetchPolicy: 'cache-and-network',
    variables: {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      sort,
      flaggedOnly,
      search: debouncedSearch || null,
    },
  });
  // A partner's draft, submission or check-in anywhere on the caseload refreshes it.
  useSubscription(CASELOAD_ACTIVITY, { onData: () => void refetch() });
  // The previous page stays on screen while the next one loads.
  const caseload = (data ?? previousData)?.caseload;
  const narrow = useMediaQuery(CARDS_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const filtered = flaggedOnly || debouncedSearch !== '';

  return (
    <Stack>
      <Title order={1}>Caseload</Title>
      <Group align="flex-end">
        <TextInput
          label="Find a couple"
          placeholder="Couple or partner name"
          value={search}
          maxLength={LIMITS.coupleNameMaxLength}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label="Sort"
          data={SORTS}
          value={sort}
          onChange={(event) => {
            setSort(event.currentTarget.value as CaseloadSort);
            setPage(1);
          }}
        />
        <Switch
          label="Only couples with flags"
          checked={flaggedOnly}
          onChange={(event) => {
            setFlaggedOnly(event.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {loading && !caseload && <LoadingState label="Loading your couples…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {caseload && caseload.totalCount === 0 && !filtered && (
        <EmptyState
          title="No couples on your caseload yet"
          action={
            <Button component={Link} to="/library" variant="default">
              Browse the exercise library
            </Button>
          }
        >
          A clinic admin puts you on a couple&apos;s care team; the couple then appears here with
          their check-in scores and flags. Meanwhile, get to know the exercises you will assign.
        </EmptyState>
      )}
      {caseload && caseload.totalCount === 0 && filtered && (
        <EmptyState
          title="No couples match"
          action={
            <Button
              variant="default"
              onClick={() => {
                setSearch('');
                setFlaggedOnly(false);
                setPage(1);
              }}
            >
              Show every couple
            </Button>
          }
        >
          Clear the search or show couples without flags too.
        </EmptyState>
      )}
      {caseload && caseload.items.length > 0 && (
        <>
          <Text c="dimmed">
            {caseload.totalCount} {caseload.totalCount === 1 ? 'couple' : 'couples'}
            {filtered ? ' match' : ' in your care'}
          </Text>
          {narrow ? (
            <CaseloadCards couples={caseload.items} />
          ) : (
            <CaseloadTable couples={caseload.items} />
          )}
          <Paging total={caseload.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
      {caseload && (
        <Accordion variant="contained">
          <Accordion.Item value="flags">
            <Accordion.Control>How the index, change and flags are worked out</Accordion.Control>
            <Accordion.Panel>
              {INDEX_EXPLANATION.paragraphs.map((text) => (
                <Text key={text} size="sm" mb="xs">
                  {text}
                </Text>
              ))}
              <Text size="sm" mb={4}>
                Reliability and SD used for reliable change (norms and thresholds are provisional):
              </Text>
              <List size="sm" spacing={4} mb="xs">
                {caseload.references.map((reference) => (
                  <List.Item key={`${reference.instrumentVersion}:${reference.form}`}>
                    {referenceText(reference)}
                  </List.Item>
                ))}
              </List>
              <List size="sm" spacing={4}>
                {Object.values(FLAG_TEXT).map((flag) => (
                  <List.Item key={flag.label}>
                    <strong>{flag.label}:</strong> {flag.explanation} {flag.computed}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                {expectedChangePoolText(
                  caseload.expectedChangeEpisodes,
                  caseload.expectedChangeCouplesNeeded,
                )}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}
