import { graphql } from '../../../graphql/generated';

export const SESSION_NOTE_FIELDS = graphql(`
  fragment SessionNoteFields on SessionNote {
    id
    coupleId
    version
    sessionAt
    body
    authorName
    createdAt
    editedAt
    editedByName
    retractedAt
    retractedByName
    retractionReason
    links {
      kind
      id
      title
      personName
      at
    }
  }
`);

export const COUPLE_TIMELINE = graphql(`
  query CoupleTimeline($coupleId: ID!, $limit: Int!, $offset: Int!) {
    coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {
      totalCount
      items {
        __typename
        ... on NoteTimelineEntry {
          id
          at
          note {
            ...SessionNoteFields
          }
        }
        ... on AssignmentTimelineEntry {
          id
          at
          exerciseTitle
          forName
          assignedByName
          cancelled
        }
        ... on SubmissionTimelineEntry {
          id
          at
          exerciseTitle
          authorName
        }
        ... on CheckinTimelineEntry {
          id
          at
          clientName
          form
          index
        }
      }
    }
  }
`);

export const REPORT_NOTES = graphql(`
  query ReportNotes($coupleId: ID!) {
    sessionNotes(coupleId: $coupleId, includeRetracted: false, limit: 200) {
      totalCount
      items {
        ...SessionNoteFields
      }
    }
  }
`);

export const SESSION_NOTE_HISTORY = graphql(`
  query SessionNoteHistory($id: ID!) {
    sessionNoteHistory(id: $id) {
      version
      sessionAt
      body
      editedByName
      editedAt
      links {
        kind
        id
        title
        personName
      }
    }
  }
`);

export const WRITE_SESSION_NOTE = graphql(`
  mutation WriteSessionNote($coupleId: ID!, $input: SessionNoteContentInput!) {
    writeSessionNote(coupleId: $coupleId, input: $input) {
      ...SessionNoteFields
    }
  }
`);

export const EDIT_SESSION_NOTE = graphql(`
  mutation EditSessionNote($id: ID!, $expectedVersion: Int!, $input: SessionNoteContentInput!) {
    editSessionNote(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...SessionNoteFields
    }
  }
`);

export const RETRACT_SESSION_NOTE = graphql(`
  mutation RetractSessionNote($id: ID!, $reason: String!) {
    retractSessionNote(id: $id, reason: $reason) {
      ...SessionNoteFields
    }
  }
`);
