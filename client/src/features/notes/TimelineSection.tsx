import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Box,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import type { CoupleTimelineQuery } from '../../graphql/generated/graphql';
import { SubmissionDrawer, type SubmissionToRead } from '../couples/assignments/SubmissionDrawer';
import { COUPLE_TIMELINE } from './graphql/notes';
import { NoteCard } from './NoteCard';
import { NoteEditor, type LinkOption } from './NoteEditor';
import { NoteHistoryDrawer } from './NoteHistoryDrawer';
import { linkLabel, type SessionNote } from './note-format';
import { RetractNoteDialog } from './RetractNoteDialog';
import './notes.css';

const PAGE_SIZE = 25;
type Entry = CoupleTimelineQuery['coupleTimeline']['items'][number];

const shortDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Filled badges whose colours carry white text at WCAG AA. */
const KIND = {
  AssignmentTimelineEntry: { label: 'Exercise', color: 'blue.8' },
  SubmissionTimelineEntry: { label: 'Answers', color: 'teal.9' },
  CheckinTimelineEntry: { label: 'Check-in', color: 'grape.8' },
} as const;

function describe(entry: Exclude<Entry, { __typename: 'NoteTimelineEntry' }>): string {
  switch (entry.__typename) {
    case 'AssignmentTimelineEntry':
      return `${entry.assignedByName} gave “${entry.exerciseTitle}” to ${entry.forName ?? 'both partners'}${entry.cancelled ? ' (since cancelled)' : ''}`;
    case 'SubmissionTimelineEntry':
      return `${entry.authorName ?? 'Both partners together'} submitted “${entry.exerciseTitle}”`;
    case 'CheckinTimelineEntry':
      return `${entry.clientName} took a ${entry.form === 'FULL' ? 'full' : 'pulse'} check-in${
        entry.index === null || entry.index === undefined
          ? ''
          : `: interdependence index ${Math.round(entry.index)}`
      }`;
  }
}

function EventRow({
  entry,
  onRead,
}: {
  entry: Exclude<Entry, { __typename: 'NoteTimelineEntry' }>;
  onRead: (submission: SubmissionToRead) => void;
}) {
  const kind = KIND[entry.__typename];
  const day = shortDate.format(new Date(entry.at));
  return (
    <Group gap="sm" align="baseline" py={6}>
      <Text size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {day}
      </Text>
      <Badge color={kind.color} w={96} style={{ flexShrink: 0 }}>
        {kind.label}
      </Badge>
      <Text size="sm" className="timeline-event-text">
        {describe(entry)}
      </Text>
      {entry.__typename === 'SubmissionTimelineEntry' && (
        <Button
          size="compact-xs"
          variant="default"
          style={{ flexShrink: 0 }}
          onClick={() => onRead({ submissionId: entry.id, title: entry.exerciseTitle })}
        >
          Read answers
          <VisuallyHidden>
            : {entry.authorName ?? 'both partners together'}, {entry.exerciseTitle}, {day}
          </VisuallyHidden>
        </Button>
      )}
    </Group>
  );
}

/** The exercises and check-ins on the loaded page, to link a note to. */
function linkOptions(entries: Entry[]): LinkOption[] {
  return entries.flatMap((entry): LinkOption[] => {
    const day = shortDate.format(new Date(entry.at));
    if (entry.__typename === 'AssignmentTimelineEntry') {
      const label = linkLabel({ title: entry.exerciseTitle, personName: entry.forName });
      return [{ value: entry.id, label: `${label}, given ${day}`, kind: 'ASSIGNMENT' }];
    }
    if (entry.__typename === 'CheckinTimelineEntry') {
      return [{ value: entry.id, label: `${entry.clientName}, ${day}`, kind: 'CHECKIN' }];
    }
    return [];
  });
}

/**
 * The couple's story in one list, newest first: session notes among the exercises given,
 * answers submitted and check-ins taken. For the care team alone; each load is audited.
 */
export function TimelineSection({ coupleId }: { coupleId: string }) {
  const [page, setPage] = useState(1);
  const [show, setShow] = useState<'ALL' | 'NOTES'>('ALL');
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<SessionNote | null>(null);
  const [history, setHistory] = useState<SessionNote | null>(null);
  const [retracting, setRetracting] = useState<SessionNote | null>(null);
  const [reading, setReading] = useState<SubmissionToRead | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(COUPLE_TIMELINE, {
    variables: { coupleId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const timeline = (data ?? previousData)?.coupleTimeline;
  const entries = timeline?.items ?? [];
  const shown =
    show === 'NOTES' ? entries.filter((e) => e.__typename === 'NoteTimelineEntry') : entries;

  return (
    <Stack component="section" aria-labelledby="timeline-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="timeline-heading">
            Timeline and session notes
          </Title>
          <Text size="sm" c="dimmed">
            Session notes are for the care team only: the partners never see them.
          </Text>
        </Stack>
        <Button onClick={() => setWriting(true)}>Write a session note</Button>
      </Group>
      <SegmentedControl
        aria-label="What the timeline shows"
        value={show}
        onChange={(value) => setShow(value as 'ALL' | 'NOTES')}
        data={[
          { value: 'ALL', label: 'Everything' },
          { value: 'NOTES', label: 'Session notes only' },
        ]}
        w="fit-content"
      />
      {loading && !timeline && <LoadingState label="Loading the timeline…" />}
      {error && !timeline && <ErrorState error={error} onRetry={() => void refetch()} />}
      {timeline && shown.length === 0 && (
        <EmptyState title={show === 'NOTES' ? 'No session notes here' : 'Nothing yet'}>
          {show === 'NOTES'
            ? 'Write a note after a session; it appears here at the date of the session.'
            : 'Exercises, answers, check-ins and session notes appear here as they happen.'}
        </EmptyState>
      )}
      <Box component="ol" className="timeline-list" aria-label="Timeline, newest first">
        {shown.map((entry) => (
          <Box
            component="li"
            key={`${entry.__typename}-${entry.id}`}
            my={entry.__typename === 'NoteTimelineEntry' ? 'sm' : 0}
          >
            {entry.__typename === 'NoteTimelineEntry' ? (
              <NoteCard
                note={entry.note}
                onEdit={() => setEditing(entry.note)}
                onHistory={() => setHistory(entry.note)}
                onRetract={() => setRetracting(entry.note)}
              />
            ) : (
              <EventRow entry={entry} onRead={setReading} />
            )}
          </Box>
        ))}
      </Box>
      {timeline && (
        <Paging total={timeline.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      )}
      <NoteEditor
        coupleId={coupleId}
        note={editing}
        linkOptions={linkOptions(entries)}
        opened={writing || editing !== null}
        onClose={() => {
          setWriting(false);
          setEditing(null);
        }}
        onStale={() => refetch()}
      />
      <NoteHistoryDrawer note={history} onClose={() => setHistory(null)} />
      <RetractNoteDialog note={retracting} onClose={() => setRetracting(null)} />
      <SubmissionDrawer reading={reading} onClose={() => setReading(null)} />
    </Stack>
  );
}
