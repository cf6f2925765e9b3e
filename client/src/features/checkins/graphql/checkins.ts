import { graphql } from '../../../graphql/generated';

export const CHECKIN_SCHEDULE_FIELDS = graphql(`
  fragment CheckinScheduleFields on CheckinSchedule {
    id
    form
    everyWeeks
    nextDueAt
    takenCount
    createdAt
    cancelledAt
  }
`);

/** The couple's schedules, and whether the partners see each other's scores. */
export const COUPLE_CHECKINS = graphql(`
  query CoupleCheckins($coupleId: ID!) {
    couple(id: $coupleId) {
      id
      shareScores
    }
    checkinSchedules(coupleId: $coupleId) {
      ...CheckinScheduleFields
    }
  }
`);

export const SCHEDULE_CHECKINS = graphql(`
  mutation ScheduleCheckins($input: ScheduleCheckinsInput!) {
    scheduleCheckins(input: $input) {
      ...CheckinScheduleFields
    }
  }
`);

export const CANCEL_CHECKIN_SCHEDULE = graphql(`
  mutation CancelCheckinSchedule($id: ID!) {
    cancelCheckinSchedule(id: $id) {
      ...CheckinScheduleFields
    }
  }
`);

export const SET_SCORE_SHARING = graphql(`
  mutation SetScoreSharing($coupleId: ID!, $shared: Boolean!) {
    setScoreSharing(coupleId: $coupleId, shared: $shared) {
      id
      shareScores
    }
  }
`);

export const CHECKIN_TODO_FIELDS = graphql(`
  fragment CheckinTodoFields on CheckinTodo {
    id
    form
    dueAt
    status
    submittedAt
  }
`);

export const MY_CHECKINS = graphql(`
  query MyCheckins($list: TodoList!, $limit: Int!, $offset: Int!) {
    myCheckins(list: $list, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...CheckinTodoFields
      }
    }
  }
`);

export const CHECKIN_DETAIL_FIELDS = graphql(`
  fragment CheckinDetailFields on CheckinDetail {
    id
    form
    dueAt
    status
    submittedAt
    updatedAt
    items {
      key
      text
      dimension
    }
    safetyItems {
      key
      text
    }
    scale {
      min
      max
      labels
    }
    answers {
      itemKey
      value
    }
  }
`);

export const MY_CHECKIN = graphql(`
  query MyCheckin($id: ID!) {
    myCheckin(id: $id) {
      ...CheckinDetailFields
    }
  }
`);

export const SAVE_CHECKIN_DRAFT = graphql(`
  mutation SaveCheckinDraft($input: SaveCheckinInput!) {
    saveCheckinDraft(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const SUBMIT_CHECKIN = graphql(`
  mutation SubmitCheckin($input: SubmitCheckinInput!) {
    submitCheckin(input: $input) {
      id
      status
      submittedAt
      updatedAt
    }
  }
`);

/** A partner submitted a check-in: the schedules' counts and the progress charts move on. */
