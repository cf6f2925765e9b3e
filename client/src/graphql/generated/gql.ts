/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": typeof types.ReactivateAccountDocument,
    "\n  mutation IssuePasswordReset($id: ID!) {\n    issuePasswordReset(id: $id) {\n      url\n      emailed\n      expiresAt\n    }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id)\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n      engagement {\n        ...EngagementFields\n      }\n      outcomes {\n        ...OutcomeFields\n      }\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n        cutoff\n        provisional\n      }\n      counselors {\n        counselorId\n        displayName\n        coupleCount\n        engagement {\n          ...EngagementFields\n        }\n        outcomes {\n          ...OutcomeFields\n        }\n      }\n    }\n  }\n\n  fragment EngagementFields on Engagement {\n    due\n    onTime\n    rate\n  }\n\n  fragment OutcomeFields on OutcomeCounts {\n    recovered\n    improved\n    unchanged\n    deteriorated\n    notMeasured\n  }\n": typeof types.ClinicOverviewDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CompleteLogin($input: SecondFactorCodeInput!) {\n    completeLogin(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.CompleteLoginDocument,
    "\n  query Caseload(\n    $limit: Int!\n    $offset: Int!\n    $sort: CaseloadSort!\n    $flaggedOnly: Boolean!\n    $search: String\n  ) {\n    caseload(\n      limit: $limit\n      offset: $offset\n      sort: $sort\n      flaggedOnly: $flaggedOnly\n      search: $search\n    ) {\n      totalCount\n      expectedChangeEpisodes\n      expectedChangeCouplesNeeded\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n      }\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        toReviewCount\n        overdueCount\n        overdueCheckinCount\n        episodeNumber\n        episodeStartedAt\n        lastActivityAt\n        indexChange\n        partners {\n          id\n          displayName\n        }\n        progress {\n          clientId\n          displayName\n          index {\n            baseline {\n              checkinId\n              score\n            }\n            latest {\n              checkinId\n              score\n            }\n            sinceBaseline {\n              points\n              rci\n              reliable\n              status\n            }\n            sincePrevious {\n              points\n              rci\n              reliable\n            }\n          }\n          pulseIndex {\n            latest {\n              score\n            }\n            sinceBaseline {\n              points\n              reliable\n            }\n          }\n          latestStraightLined\n          expected {\n            low\n            median\n            couples\n            partners\n            weeks\n          }\n        }\n        flags {\n          kind\n          reason\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  subscription CaseloadActivity {\n    caseloadActivity {\n      kind\n      coupleId\n    }\n  }\n": typeof types.CaseloadActivityDocument,
    "\n  fragment CheckinScheduleFields on CheckinSchedule {\n    id\n    form\n    everyWeeks\n    nextDueAt\n    takenCount\n    createdAt\n    cancelledAt\n  }\n": typeof types.CheckinScheduleFieldsFragmentDoc,
    "\n  query CoupleCheckins($coupleId: ID!) {\n    couple(id: $coupleId) {\n      id\n      shareScores\n    }\n    checkinSchedules(coupleId: $coupleId) {\n      ...CheckinScheduleFields\n    }\n  }\n": typeof types.CoupleCheckinsDocument,
    "\n  mutation ScheduleCheckins($input: ScheduleCheckinsInput!) {\n    scheduleCheckins(input: $input) {\n      ...CheckinScheduleFields\n    }\n  }\n": typeof types.ScheduleCheckinsDocument,
    "\n  mutation CancelCheckinSchedule($id: ID!) {\n    cancelCheckinSchedule(id: $id) {\n      ...CheckinScheduleFields\n    }\n  }\n": typeof types.CancelCheckinScheduleDocument,
    "\n  mutation SetScoreSharing($coupleId: ID!, $shared: Boolean!) {\n    setScoreSharing(coupleId: $coupleId, shared: $shared) {\n      id\n      shareScores\n    }\n  }\n": typeof types.SetScoreSharingDocument,
    "\n  fragment CheckinTodoFields on CheckinTodo {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n  }\n": typeof types.CheckinTodoFieldsFragmentDoc,
    "\n  query MyCheckins($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myCheckins(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CheckinTodoFields\n      }\n    }\n  }\n": typeof types.MyCheckinsDocument,
    "\n  fragment CheckinDetailFields on CheckinDetail {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n    updatedAt\n    items {\n      key\n      text\n      dimension\n    }\n    safetyItems {\n      key\n      text\n    }\n    scale {\n      min\n      max\n      labels\n    }\n    answers {\n      itemKey\n      value\n    }\n  }\n": typeof types.CheckinDetailFieldsFragmentDoc,
    "\n  query MyCheckin($id: ID!) {\n    myCheckin(id: $id) {\n      ...CheckinDetailFields\n    }\n  }\n": typeof types.MyCheckinDocument,
    "\n  mutation SaveCheckinDraft($input: SaveCheckinInput!) {\n    saveCheckinDraft(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SaveCheckinDraftDocument,
    "\n  mutation SubmitCheckin($input: SubmitCheckinInput!) {\n    submitCheckin(input: $input) {\n      id\n      status\n      submittedAt\n      updatedAt\n    }\n  }\n": typeof types.SubmitCheckinDocument,
    "\n  query CoupleAssignments(\n    $coupleId: ID!\n    $includeCancelled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    coupleAssignments(\n      coupleId: $coupleId\n      includeCancelled: $includeCancelled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        clientId\n        note\n        recurrence\n        assignedByName\n        createdAt\n        cancelledAt\n        exercise {\n          id\n          ...ExerciseContentFields\n        }\n        occurrences {\n          id\n          sequence\n          dueAt\n          closedAt\n          progress {\n            clientId\n            displayName\n            status\n            submissionId\n            submittedAt\n            commentCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoupleAssignmentsDocument,
    "\n  query AssignableExercises($search: String) {\n    exercises(filter: { search: $search }, limit: 200) {\n      totalCount\n      items {\n        id\n        versionId\n        title\n        mode\n        buildingStep\n        estimatedMinutes\n        builtIn\n      }\n    }\n  }\n": typeof types.AssignableExercisesDocument,
    "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignExerciseDocument,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  query SubmissionForCareTeam($id: ID!) {\n    submission(id: $id) {\n      id\n      authorName\n      submittedAt\n      sharing\n      exercise {\n        id\n        ...ExerciseContentFields\n      }\n      answers {\n        ...AnswerFields\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.SubmissionForCareTeamDocument,
    "\n  mutation CommentOnSubmission($submissionId: ID!, $body: String!) {\n    commentOnSubmission(submissionId: $submissionId, body: $body) {\n      id\n    }\n  }\n": typeof types.CommentOnSubmissionDocument,
    "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n    viewerCan {\n      manage\n      assign\n      readSessionNotes\n      handleSafetyAlerts\n    }\n  }\n": typeof types.CoupleFieldsFragmentDoc,
    "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n": typeof types.CouplesDocument,
    "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.CoupleDocument,
    "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CoupleCandidatesDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": typeof types.CreateCoupleDocument,
    "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.DischargeCoupleDocument,
    "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.ReopenCoupleDocument,
    "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CounselorsDocument,
    "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": typeof types.UpdateCoupleDocument,
    "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n": typeof types.SetCareTeamDocument,
    "\n  subscription CoupleActivity($coupleId: ID!) {\n    coupleActivity(coupleId: $coupleId) {\n      kind\n      coupleId\n      clientId\n      at\n    }\n  }\n": typeof types.CoupleActivityDocument,
    "\n  fragment ExerciseContentFields on Exercise {\n    versionId\n    title\n    buildingStep\n    dimension\n    estimatedMinutes\n    mode\n    rationale\n    instructions\n    prompts {\n      key\n      kind\n      label\n      help\n      required\n      maxLength\n      min\n      max\n      minLabel\n      maxLabel\n      options {\n        key\n        label\n      }\n    }\n  }\n": typeof types.ExerciseContentFieldsFragmentDoc,
    "\n  fragment AnswerFields on AnswerValue {\n    promptKey\n    text\n    value\n    optionKeys\n    plannedAt\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment LibraryExerciseFields on Exercise {\n    id\n    versionId\n    version\n    currentVersion\n    builtIn\n    archivedAt\n    updatedAt\n  }\n": typeof types.LibraryExerciseFieldsFragmentDoc,
    "\n  query Exercises($filter: ExerciseFilterInput, $limit: Int!, $offset: Int!) {\n    exercises(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...LibraryExerciseFields\n        ...ExerciseContentFields\n      }\n    }\n  }\n": typeof types.ExercisesDocument,
    "\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": typeof types.ExerciseDocument,
    "\n  mutation CreateExercise($input: ExerciseContentInput!) {\n    createExercise(input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": typeof types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $expectedVersion: Int!, $input: ExerciseContentInput!) {\n    updateExercise(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": typeof types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": typeof types.ArchiveExerciseDocument,
    "\n  mutation RestoreExercise($id: ID!) {\n    restoreExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": typeof types.RestoreExerciseDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    coupleId\n    version\n    sessionAt\n    body\n    authorName\n    createdAt\n    editedAt\n    editedByName\n    retractedAt\n    retractedByName\n    retractionReason\n    links {\n      kind\n      id\n      title\n      personName\n      at\n    }\n  }\n": typeof types.SessionNoteFieldsFragmentDoc,
    "\n  query CoupleTimeline($coupleId: ID!, $limit: Int!, $offset: Int!) {\n    coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        __typename\n        ... on NoteTimelineEntry {\n          id\n          at\n          note {\n            ...SessionNoteFields\n          }\n        }\n        ... on AssignmentTimelineEntry {\n          id\n          at\n          exerciseTitle\n          forName\n          assignedByName\n          cancelled\n        }\n        ... on SubmissionTimelineEntry {\n          id\n          at\n          exerciseTitle\n          authorName\n        }\n        ... on CheckinTimelineEntry {\n          id\n          at\n          clientName\n          form\n          index\n        }\n      }\n    }\n  }\n": typeof types.CoupleTimelineDocument,
    "\n  query ReportNotes($coupleId: ID!) {\n    sessionNotes(coupleId: $coupleId, includeRetracted: false, limit: 200) {\n      totalCount\n      items {\n        ...SessionNoteFields\n      }\n    }\n  }\n": typeof types.ReportNotesDocument,
    "\n  query SessionNoteHistory($id: ID!) {\n    sessionNoteHistory(id: $id) {\n      version\n      sessionAt\n      body\n      editedByName\n      editedAt\n      links {\n        kind\n        id\n        title\n        personName\n      }\n    }\n  }\n": typeof types.SessionNoteHistoryDocument,
    "\n  mutation WriteSessionNote($coupleId: ID!, $input: SessionNoteContentInput!) {\n    writeSessionNote(coupleId: $coupleId, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.WriteSessionNoteDocument,
    "\n  mutation EditSessionNote($id: ID!, $expectedVersion: Int!, $input: SessionNoteContentInput!) {\n    editSessionNote(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.EditSessionNoteDocument,
    "\n  mutation RetractSessionNote($id: ID!, $reason: String!) {\n    retractSessionNote(id: $id, reason: $reason) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.RetractSessionNoteDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      shareScores\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": typeof types.MyCoupleDocument,
    "\n  query MyNotifications($limit: Int!, $offset: Int!) {\n    myNotifications(limit: $limit, offset: $offset) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        exerciseTitle\n        todoId\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment TodoFields on Todo {\n    id\n    dueAt\n    status\n    partnerStatus\n    submittedAt\n    closedAt\n    commentCount\n    exercise {\n      versionId\n      title\n      mode\n      estimatedMinutes\n    }\n  }\n": typeof types.TodoFieldsFragmentDoc,
    "\n  query MyTodos($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myTodos(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...TodoFields\n      }\n    }\n  }\n": typeof types.MyTodosDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    status\n    sharing\n    clientId\n    submittedAt\n    updatedAt\n    answers {\n      promptKey\n      text\n      value\n      optionKeys\n      plannedAt\n    }\n    comments {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  query MyTodo($id: ID!) {\n    myTodo(id: $id) {\n      id\n      dueAt\n      status\n      partnerStatus\n      partnerName\n      submittedAt\n      closedAt\n      note\n      exercise {\n        ...ExerciseContentFields\n      }\n      mine {\n        ...SubmissionFields\n      }\n      partners {\n        id\n        authorName\n        submittedAt\n        answers {\n          ...AnswerFields\n        }\n      }\n    }\n  }\n": typeof types.MyTodoDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation SubmitExercise($input: SubmitExerciseInput!) {\n    submitExercise(input: $input) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmitExerciseDocument,
    "\n  mutation ShareSubmission($id: ID!, $sharing: Sharing!) {\n    shareSubmission(id: $id, sharing: $sharing) {\n      id\n      sharing\n    }\n  }\n": typeof types.ShareSubmissionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.TwoFactorStatusDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrCode\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTwoFactor($input: SecondFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query SafetyAlerts($coupleId: ID!) {\n    safetyAlerts(coupleId: $coupleId) {\n      openCount\n      items {\n        id\n        clientName\n        raisedAt\n      }\n    }\n  }\n": typeof types.SafetyAlertsDocument,
    "\n  mutation ResolveSafetyAlert($id: ID!, $resolution: String!) {\n    resolveSafetyAlert(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolvedByName\n      resolution\n    }\n  }\n": typeof types.ResolveSafetyAlertDocument,
    "\n  fragment TrendsFields on Trends {\n    coupleId\n    episode {\n      number\n      startedAt\n    }\n    series {\n      clientId\n      displayName\n      points {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      baselines {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      progress {\n        key\n        form\n        instrumentVersion\n        baseline {\n          checkinId\n          takenAt\n          score\n        }\n        previous {\n          checkinId\n          takenAt\n          score\n        }\n        latest {\n          checkinId\n          takenAt\n          score\n        }\n        # The change's two ends are the landmarks above (baseline or previous, and latest):\n        # not asked again, which keeps the query within the server's depth limit.\n        sinceBaseline {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n        sincePrevious {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n      }\n    }\n    events {\n      at\n      clientId\n      title\n    }\n    references {\n      key\n      form\n      instrumentVersion\n      cutoff\n      cutoffA\n      cutoffB\n      cutoffC\n      cutoffUsed\n      higherIsBetter\n      provisional\n      reliability\n      reliabilitySource\n      reliabilityLower\n      reliabilityUpper\n      sampleSize\n      sd\n    }\n  }\n": typeof types.TrendsFieldsFragmentDoc,
    "\n  query CoupleTrends($coupleId: ID!, $from: DateTime, $to: DateTime) {\n    coupleTrends(coupleId: $coupleId, from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n": typeof types.CoupleTrendsDocument,
    "\n  query MyTrends($from: DateTime, $to: DateTime) {\n    myTrends(from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n": typeof types.MyTrendsDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": types.ReactivateAccountDocument,
    "\n  mutation IssuePasswordReset($id: ID!) {\n    issuePasswordReset(id: $id) {\n      url\n      emailed\n      expiresAt\n    }\n  }\n": types.IssuePasswordResetDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id)\n  }\n": types.ResetTwoFactorDocument,
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n      engagement {\n        ...EngagementFields\n      }\n      outcomes {\n        ...OutcomeFields\n      }\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n        cutoff\n        provisional\n      }\n      counselors {\n        counselorId\n        displayName\n        coupleCount\n        engagement {\n          ...EngagementFields\n        }\n        outcomes {\n          ...OutcomeFields\n        }\n      }\n    }\n  }\n\n  fragment EngagementFields on Engagement {\n    due\n    onTime\n    rate\n  }\n\n  fragment OutcomeFields on OutcomeCounts {\n    recovered\n    improved\n    unchanged\n    deteriorated\n    notMeasured\n  }\n": types.ClinicOverviewDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CompleteLogin($input: SecondFactorCodeInput!) {\n    completeLogin(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.CompleteLoginDocument,
    "\n  query Caseload(\n    $limit: Int!\n    $offset: Int!\n    $sort: CaseloadSort!\n    $flaggedOnly: Boolean!\n    $search: String\n  ) {\n    caseload(\n      limit: $limit\n      offset: $offset\n      sort: $sort\n      flaggedOnly: $flaggedOnly\n      search: $search\n    ) {\n      totalCount\n      expectedChangeEpisodes\n      expectedChangeCouplesNeeded\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n      }\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        toReviewCount\n        overdueCount\n        overdueCheckinCount\n        episodeNumber\n        episodeStartedAt\n        lastActivityAt\n        indexChange\n        partners {\n          id\n          displayName\n        }\n        progress {\n          clientId\n          displayName\n          index {\n            baseline {\n              checkinId\n              score\n            }\n            latest {\n              checkinId\n              score\n            }\n            sinceBaseline {\n              points\n              rci\n              reliable\n              status\n            }\n            sincePrevious {\n              points\n              rci\n              reliable\n            }\n          }\n          pulseIndex {\n            latest {\n              score\n            }\n            sinceBaseline {\n              points\n              reliable\n            }\n          }\n          latestStraightLined\n          expected {\n            low\n            median\n            couples\n            partners\n            weeks\n          }\n        }\n        flags {\n          kind\n          reason\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  subscription CaseloadActivity {\n    caseloadActivity {\n      kind\n      coupleId\n    }\n  }\n": types.CaseloadActivityDocument,
    "\n  fragment CheckinScheduleFields on CheckinSchedule {\n    id\n    form\n    everyWeeks\n    nextDueAt\n    takenCount\n    createdAt\n    cancelledAt\n  }\n": types.CheckinScheduleFieldsFragmentDoc,
    "\n  query CoupleCheckins($coupleId: ID!) {\n    couple(id: $coupleId) {\n      id\n      shareScores\n    }\n    checkinSchedules(coupleId: $coupleId) {\n      ...CheckinScheduleFields\n    }\n  }\n": types.CoupleCheckinsDocument,
    "\n  mutation ScheduleCheckins($input: ScheduleCheckinsInput!) {\n    scheduleCheckins(input: $input) {\n      ...CheckinScheduleFields\n    }\n  }\n": types.ScheduleCheckinsDocument,
    "\n  mutation CancelCheckinSchedule($id: ID!) {\n    cancelCheckinSchedule(id: $id) {\n      ...CheckinScheduleFields\n    }\n  }\n": types.CancelCheckinScheduleDocument,
    "\n  mutation SetScoreSharing($coupleId: ID!, $shared: Boolean!) {\n    setScoreSharing(coupleId: $coupleId, shared: $shared) {\n      id\n      shareScores\n    }\n  }\n": types.SetScoreSharingDocument,
    "\n  fragment CheckinTodoFields on CheckinTodo {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n  }\n": types.CheckinTodoFieldsFragmentDoc,
    "\n  query MyCheckins($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myCheckins(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CheckinTodoFields\n      }\n    }\n  }\n": types.MyCheckinsDocument,
    "\n  fragment CheckinDetailFields on CheckinDetail {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n    updatedAt\n    items {\n      key\n      text\n      dimension\n    }\n    safetyItems {\n      key\n      text\n    }\n    scale {\n      min\n      max\n      labels\n    }\n    answers {\n      itemKey\n      value\n    }\n  }\n": types.CheckinDetailFieldsFragmentDoc,
    "\n  query MyCheckin($id: ID!) {\n    myCheckin(id: $id) {\n      ...CheckinDetailFields\n    }\n  }\n": types.MyCheckinDocument,
    "\n  mutation SaveCheckinDraft($input: SaveCheckinInput!) {\n    saveCheckinDraft(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SaveCheckinDraftDocument,
    "\n  mutation SubmitCheckin($input: SubmitCheckinInput!) {\n    submitCheckin(input: $input) {\n      id\n      status\n      submittedAt\n      updatedAt\n    }\n  }\n": types.SubmitCheckinDocument,
    "\n  query CoupleAssignments(\n    $coupleId: ID!\n    $includeCancelled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    coupleAssignments(\n      coupleId: $coupleId\n      includeCancelled: $includeCancelled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        clientId\n        note\n        recurrence\n        assignedByName\n        createdAt\n        cancelledAt\n        exercise {\n          id\n          ...ExerciseContentFields\n        }\n        occurrences {\n          id\n          sequence\n          dueAt\n          closedAt\n          progress {\n            clientId\n            displayName\n            status\n            submissionId\n            submittedAt\n            commentCount\n          }\n        }\n      }\n    }\n  }\n": types.CoupleAssignmentsDocument,
    "\n  query AssignableExercises($search: String) {\n    exercises(filter: { search: $search }, limit: 200) {\n      totalCount\n      items {\n        id\n        versionId\n        title\n        mode\n        buildingStep\n        estimatedMinutes\n        builtIn\n      }\n    }\n  }\n": types.AssignableExercisesDocument,
    "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      id\n    }\n  }\n": types.AssignExerciseDocument,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  query SubmissionForCareTeam($id: ID!) {\n    submission(id: $id) {\n      id\n      authorName\n      submittedAt\n      sharing\n      exercise {\n        id\n        ...ExerciseContentFields\n      }\n      answers {\n        ...AnswerFields\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.SubmissionForCareTeamDocument,
    "\n  mutation CommentOnSubmission($submissionId: ID!, $body: String!) {\n    commentOnSubmission(submissionId: $submissionId, body: $body) {\n      id\n    }\n  }\n": types.CommentOnSubmissionDocument,
    "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n    viewerCan {\n      manage\n      assign\n      readSessionNotes\n      handleSafetyAlerts\n    }\n  }\n": types.CoupleFieldsFragmentDoc,
    "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n": types.CouplesDocument,
    "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.CoupleDocument,
    "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.CoupleCandidatesDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": types.CreateCoupleDocument,
    "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.DischargeCoupleDocument,
    "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.ReopenCoupleDocument,
    "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.CounselorsDocument,
    "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": types.UpdateCoupleDocument,
    "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n": types.SetCareTeamDocument,
    "\n  subscription CoupleActivity($coupleId: ID!) {\n    coupleActivity(coupleId: $coupleId) {\n      kind\n      coupleId\n      clientId\n      at\n    }\n  }\n": types.CoupleActivityDocument,
    "\n  fragment ExerciseContentFields on Exercise {\n    versionId\n    title\n    buildingStep\n    dimension\n    estimatedMinutes\n    mode\n    rationale\n    instructions\n    prompts {\n      key\n      kind\n      label\n      help\n      required\n      maxLength\n      min\n      max\n      minLabel\n      maxLabel\n      options {\n        key\n        label\n      }\n    }\n  }\n": types.ExerciseContentFieldsFragmentDoc,
    "\n  fragment AnswerFields on AnswerValue {\n    promptKey\n    text\n    value\n    optionKeys\n    plannedAt\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment LibraryExerciseFields on Exercise {\n    id\n    versionId\n    version\n    currentVersion\n    builtIn\n    archivedAt\n    updatedAt\n  }\n": types.LibraryExerciseFieldsFragmentDoc,
    "\n  query Exercises($filter: ExerciseFilterInput, $limit: Int!, $offset: Int!) {\n    exercises(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...LibraryExerciseFields\n        ...ExerciseContentFields\n      }\n    }\n  }\n": types.ExercisesDocument,
    "\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": types.ExerciseDocument,
    "\n  mutation CreateExercise($input: ExerciseContentInput!) {\n    createExercise(input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $expectedVersion: Int!, $input: ExerciseContentInput!) {\n    updateExercise(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": types.ArchiveExerciseDocument,
    "\n  mutation RestoreExercise($id: ID!) {\n    restoreExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n": types.RestoreExerciseDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    coupleId\n    version\n    sessionAt\n    body\n    authorName\n    createdAt\n    editedAt\n    editedByName\n    retractedAt\n    retractedByName\n    retractionReason\n    links {\n      kind\n      id\n      title\n      personName\n      at\n    }\n  }\n": types.SessionNoteFieldsFragmentDoc,
    "\n  query CoupleTimeline($coupleId: ID!, $limit: Int!, $offset: Int!) {\n    coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        __typename\n        ... on NoteTimelineEntry {\n          id\n          at\n          note {\n            ...SessionNoteFields\n          }\n        }\n        ... on AssignmentTimelineEntry {\n          id\n          at\n          exerciseTitle\n          forName\n          assignedByName\n          cancelled\n        }\n        ... on SubmissionTimelineEntry {\n          id\n          at\n          exerciseTitle\n          authorName\n        }\n        ... on CheckinTimelineEntry {\n          id\n          at\n          clientName\n          form\n          index\n        }\n      }\n    }\n  }\n": types.CoupleTimelineDocument,
    "\n  query ReportNotes($coupleId: ID!) {\n    sessionNotes(coupleId: $coupleId, includeRetracted: false, limit: 200) {\n      totalCount\n      items {\n        ...SessionNoteFields\n      }\n    }\n  }\n": types.ReportNotesDocument,
    "\n  query SessionNoteHistory($id: ID!) {\n    sessionNoteHistory(id: $id) {\n      version\n      sessionAt\n      body\n      editedByName\n      editedAt\n      links {\n        kind\n        id\n        title\n        personName\n      }\n    }\n  }\n": types.SessionNoteHistoryDocument,
    "\n  mutation WriteSessionNote($coupleId: ID!, $input: SessionNoteContentInput!) {\n    writeSessionNote(coupleId: $coupleId, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": types.WriteSessionNoteDocument,
    "\n  mutation EditSessionNote($id: ID!, $expectedVersion: Int!, $input: SessionNoteContentInput!) {\n    editSessionNote(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": types.EditSessionNoteDocument,
    "\n  mutation RetractSessionNote($id: ID!, $reason: String!) {\n    retractSessionNote(id: $id, reason: $reason) {\n      ...SessionNoteFields\n    }\n  }\n": types.RetractSessionNoteDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      shareScores\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": types.MyCoupleDocument,
    "\n  query MyNotifications($limit: Int!, $offset: Int!) {\n    myNotifications(limit: $limit, offset: $offset) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        exerciseTitle\n        todoId\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment TodoFields on Todo {\n    id\n    dueAt\n    status\n    partnerStatus\n    submittedAt\n    closedAt\n    commentCount\n    exercise {\n      versionId\n      title\n      mode\n      estimatedMinutes\n    }\n  }\n": types.TodoFieldsFragmentDoc,
    "\n  query MyTodos($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myTodos(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...TodoFields\n      }\n    }\n  }\n": types.MyTodosDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    status\n    sharing\n    clientId\n    submittedAt\n    updatedAt\n    answers {\n      promptKey\n      text\n      value\n      optionKeys\n      plannedAt\n    }\n    comments {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  query MyTodo($id: ID!) {\n    myTodo(id: $id) {\n      id\n      dueAt\n      status\n      partnerStatus\n      partnerName\n      submittedAt\n      closedAt\n      note\n      exercise {\n        ...ExerciseContentFields\n      }\n      mine {\n        ...SubmissionFields\n      }\n      partners {\n        id\n        authorName\n        submittedAt\n        answers {\n          ...AnswerFields\n        }\n      }\n    }\n  }\n": types.MyTodoDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      ...SubmissionFields\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation SubmitExercise($input: SubmitExerciseInput!) {\n    submitExercise(input: $input) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmitExerciseDocument,
    "\n  mutation ShareSubmission($id: ID!, $sharing: Sharing!) {\n    shareSubmission(id: $id, sharing: $sharing) {\n      id\n      sharing\n    }\n  }\n": types.ShareSubmissionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": types.TwoFactorStatusDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrCode\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTwoFactor($input: SecondFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n": types.DisableTwoFactorDocument,
    "\n  query SafetyAlerts($coupleId: ID!) {\n    safetyAlerts(coupleId: $coupleId) {\n      openCount\n      items {\n        id\n        clientName\n        raisedAt\n      }\n    }\n  }\n": types.SafetyAlertsDocument,
    "\n  mutation ResolveSafetyAlert($id: ID!, $resolution: String!) {\n    resolveSafetyAlert(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolvedByName\n      resolution\n    }\n  }\n": types.ResolveSafetyAlertDocument,
    "\n  fragment TrendsFields on Trends {\n    coupleId\n    episode {\n      number\n      startedAt\n    }\n    series {\n      clientId\n      displayName\n      points {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      baselines {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      progress {\n        key\n        form\n        instrumentVersion\n        baseline {\n          checkinId\n          takenAt\n          score\n        }\n        previous {\n          checkinId\n          takenAt\n          score\n        }\n        latest {\n          checkinId\n          takenAt\n          score\n        }\n        # The change's two ends are the landmarks above (baseline or previous, and latest):\n        # not asked again, which keeps the query within the server's depth limit.\n        sinceBaseline {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n        sincePrevious {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n      }\n    }\n    events {\n      at\n      clientId\n      title\n    }\n    references {\n      key\n      form\n      instrumentVersion\n      cutoff\n      cutoffA\n      cutoffB\n      cutoffC\n      cutoffUsed\n      higherIsBetter\n      provisional\n      reliability\n      reliabilitySource\n      reliabilityLower\n      reliabilityUpper\n      sampleSize\n      sd\n    }\n  }\n": types.TrendsFieldsFragmentDoc,
    "\n  query CoupleTrends($coupleId: ID!, $from: DateTime, $to: DateTime) {\n    coupleTrends(coupleId: $coupleId, from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n": types.CoupleTrendsDocument,
    "\n  query MyTrends($from: DateTime, $to: DateTime) {\n    myTrends(from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n": types.MyTrendsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($id: ID!) {\n    issuePasswordReset(id: $id) {\n      url\n      emailed\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePasswordReset($id: ID!) {\n    issuePasswordReset(id: $id) {\n      url\n      emailed\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n      engagement {\n        ...EngagementFields\n      }\n      outcomes {\n        ...OutcomeFields\n      }\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n        cutoff\n        provisional\n      }\n      counselors {\n        counselorId\n        displayName\n        coupleCount\n        engagement {\n          ...EngagementFields\n        }\n        outcomes {\n          ...OutcomeFields\n        }\n      }\n    }\n  }\n\n  fragment EngagementFields on Engagement {\n    due\n    onTime\n    rate\n  }\n\n  fragment OutcomeFields on OutcomeCounts {\n    recovered\n    improved\n    unchanged\n    deteriorated\n    notMeasured\n  }\n"): (typeof documents)["\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n      engagement {\n        ...EngagementFields\n      }\n      outcomes {\n        ...OutcomeFields\n      }\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n        cutoff\n        provisional\n      }\n      counselors {\n        counselorId\n        displayName\n        coupleCount\n        engagement {\n          ...EngagementFields\n        }\n        outcomes {\n          ...OutcomeFields\n        }\n      }\n    }\n  }\n\n  fragment EngagementFields on Engagement {\n    due\n    onTime\n    rate\n  }\n\n  fragment OutcomeFields on OutcomeCounts {\n    recovered\n    improved\n    unchanged\n    deteriorated\n    notMeasured\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLogin($input: SecondFactorCodeInput!) {\n    completeLogin(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLogin($input: SecondFactorCodeInput!) {\n    completeLogin(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload(\n    $limit: Int!\n    $offset: Int!\n    $sort: CaseloadSort!\n    $flaggedOnly: Boolean!\n    $search: String\n  ) {\n    caseload(\n      limit: $limit\n      offset: $offset\n      sort: $sort\n      flaggedOnly: $flaggedOnly\n      search: $search\n    ) {\n      totalCount\n      expectedChangeEpisodes\n      expectedChangeCouplesNeeded\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n      }\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        toReviewCount\n        overdueCount\n        overdueCheckinCount\n        episodeNumber\n        episodeStartedAt\n        lastActivityAt\n        indexChange\n        partners {\n          id\n          displayName\n        }\n        progress {\n          clientId\n          displayName\n          index {\n            baseline {\n              checkinId\n              score\n            }\n            latest {\n              checkinId\n              score\n            }\n            sinceBaseline {\n              points\n              rci\n              reliable\n              status\n            }\n            sincePrevious {\n              points\n              rci\n              reliable\n            }\n          }\n          pulseIndex {\n            latest {\n              score\n            }\n            sinceBaseline {\n              points\n              reliable\n            }\n          }\n          latestStraightLined\n          expected {\n            low\n            median\n            couples\n            partners\n            weeks\n          }\n        }\n        flags {\n          kind\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload(\n    $limit: Int!\n    $offset: Int!\n    $sort: CaseloadSort!\n    $flaggedOnly: Boolean!\n    $search: String\n  ) {\n    caseload(\n      limit: $limit\n      offset: $offset\n      sort: $sort\n      flaggedOnly: $flaggedOnly\n      search: $search\n    ) {\n      totalCount\n      expectedChangeEpisodes\n      expectedChangeCouplesNeeded\n      references {\n        form\n        instrumentVersion\n        reliability\n        reliabilitySource\n        reliabilityLower\n        reliabilityUpper\n        sampleSize\n        sd\n      }\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        toReviewCount\n        overdueCount\n        overdueCheckinCount\n        episodeNumber\n        episodeStartedAt\n        lastActivityAt\n        indexChange\n        partners {\n          id\n          displayName\n        }\n        progress {\n          clientId\n          displayName\n          index {\n            baseline {\n              checkinId\n              score\n            }\n            latest {\n              checkinId\n              score\n            }\n            sinceBaseline {\n              points\n              rci\n              reliable\n              status\n            }\n            sincePrevious {\n              points\n              rci\n              reliable\n            }\n          }\n          pulseIndex {\n            latest {\n              score\n            }\n            sinceBaseline {\n              points\n              reliable\n            }\n          }\n          latestStraightLined\n          expected {\n            low\n            median\n            couples\n            partners\n            weeks\n          }\n        }\n        flags {\n          kind\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseloadActivity {\n    caseloadActivity {\n      kind\n      coupleId\n    }\n  }\n"): (typeof documents)["\n  subscription CaseloadActivity {\n    caseloadActivity {\n      kind\n      coupleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckinScheduleFields on CheckinSchedule {\n    id\n    form\n    everyWeeks\n    nextDueAt\n    takenCount\n    createdAt\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment CheckinScheduleFields on CheckinSchedule {\n    id\n    form\n    everyWeeks\n    nextDueAt\n    takenCount\n    createdAt\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleCheckins($coupleId: ID!) {\n    couple(id: $coupleId) {\n      id\n      shareScores\n    }\n    checkinSchedules(coupleId: $coupleId) {\n      ...CheckinScheduleFields\n    }\n  }\n"): (typeof documents)["\n  query CoupleCheckins($coupleId: ID!) {\n    couple(id: $coupleId) {\n      id\n      shareScores\n    }\n    checkinSchedules(coupleId: $coupleId) {\n      ...CheckinScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCheckins($input: ScheduleCheckinsInput!) {\n    scheduleCheckins(input: $input) {\n      ...CheckinScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleCheckins($input: ScheduleCheckinsInput!) {\n    scheduleCheckins(input: $input) {\n      ...CheckinScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCheckinSchedule($id: ID!) {\n    cancelCheckinSchedule(id: $id) {\n      ...CheckinScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCheckinSchedule($id: ID!) {\n    cancelCheckinSchedule(id: $id) {\n      ...CheckinScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScoreSharing($coupleId: ID!, $shared: Boolean!) {\n    setScoreSharing(coupleId: $coupleId, shared: $shared) {\n      id\n      shareScores\n    }\n  }\n"): (typeof documents)["\n  mutation SetScoreSharing($coupleId: ID!, $shared: Boolean!) {\n    setScoreSharing(coupleId: $coupleId, shared: $shared) {\n      id\n      shareScores\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckinTodoFields on CheckinTodo {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment CheckinTodoFields on CheckinTodo {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckins($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myCheckins(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CheckinTodoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCheckins($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myCheckins(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CheckinTodoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckinDetailFields on CheckinDetail {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n    updatedAt\n    items {\n      key\n      text\n      dimension\n    }\n    safetyItems {\n      key\n      text\n    }\n    scale {\n      min\n      max\n      labels\n    }\n    answers {\n      itemKey\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment CheckinDetailFields on CheckinDetail {\n    id\n    form\n    dueAt\n    status\n    submittedAt\n    updatedAt\n    items {\n      key\n      text\n      dimension\n    }\n    safetyItems {\n      key\n      text\n    }\n    scale {\n      min\n      max\n      labels\n    }\n    answers {\n      itemKey\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckin($id: ID!) {\n    myCheckin(id: $id) {\n      ...CheckinDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MyCheckin($id: ID!) {\n    myCheckin(id: $id) {\n      ...CheckinDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCheckinDraft($input: SaveCheckinInput!) {\n    saveCheckinDraft(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCheckinDraft($input: SaveCheckinInput!) {\n    saveCheckinDraft(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckin($input: SubmitCheckinInput!) {\n    submitCheckin(input: $input) {\n      id\n      status\n      submittedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckin($input: SubmitCheckinInput!) {\n    submitCheckin(input: $input) {\n      id\n      status\n      submittedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleAssignments(\n    $coupleId: ID!\n    $includeCancelled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    coupleAssignments(\n      coupleId: $coupleId\n      includeCancelled: $includeCancelled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        clientId\n        note\n        recurrence\n        assignedByName\n        createdAt\n        cancelledAt\n        exercise {\n          id\n          ...ExerciseContentFields\n        }\n        occurrences {\n          id\n          sequence\n          dueAt\n          closedAt\n          progress {\n            clientId\n            displayName\n            status\n            submissionId\n            submittedAt\n            commentCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoupleAssignments(\n    $coupleId: ID!\n    $includeCancelled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    coupleAssignments(\n      coupleId: $coupleId\n      includeCancelled: $includeCancelled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        clientId\n        note\n        recurrence\n        assignedByName\n        createdAt\n        cancelledAt\n        exercise {\n          id\n          ...ExerciseContentFields\n        }\n        occurrences {\n          id\n          sequence\n          dueAt\n          closedAt\n          progress {\n            clientId\n            displayName\n            status\n            submissionId\n            submittedAt\n            commentCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableExercises($search: String) {\n    exercises(filter: { search: $search }, limit: 200) {\n      totalCount\n      items {\n        id\n        versionId\n        title\n        mode\n        buildingStep\n        estimatedMinutes\n        builtIn\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignableExercises($search: String) {\n    exercises(filter: { search: $search }, limit: 200) {\n      totalCount\n      items {\n        id\n        versionId\n        title\n        mode\n        buildingStep\n        estimatedMinutes\n        builtIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionForCareTeam($id: ID!) {\n    submission(id: $id) {\n      id\n      authorName\n      submittedAt\n      sharing\n      exercise {\n        id\n        ...ExerciseContentFields\n      }\n      answers {\n        ...AnswerFields\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionForCareTeam($id: ID!) {\n    submission(id: $id) {\n      id\n      authorName\n      submittedAt\n      sharing\n      exercise {\n        id\n        ...ExerciseContentFields\n      }\n      answers {\n        ...AnswerFields\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnSubmission($submissionId: ID!, $body: String!) {\n    commentOnSubmission(submissionId: $submissionId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnSubmission($submissionId: ID!, $body: String!) {\n    commentOnSubmission(submissionId: $submissionId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n    viewerCan {\n      manage\n      assign\n      readSessionNotes\n      handleSafetyAlerts\n    }\n  }\n"): (typeof documents)["\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n    viewerCan {\n      manage\n      assign\n      readSessionNotes\n      handleSafetyAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoupleActivity($coupleId: ID!) {\n    coupleActivity(coupleId: $coupleId) {\n      kind\n      coupleId\n      clientId\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription CoupleActivity($coupleId: ID!) {\n    coupleActivity(coupleId: $coupleId) {\n      kind\n      coupleId\n      clientId\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExerciseContentFields on Exercise {\n    versionId\n    title\n    buildingStep\n    dimension\n    estimatedMinutes\n    mode\n    rationale\n    instructions\n    prompts {\n      key\n      kind\n      label\n      help\n      required\n      maxLength\n      min\n      max\n      minLabel\n      maxLabel\n      options {\n        key\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExerciseContentFields on Exercise {\n    versionId\n    title\n    buildingStep\n    dimension\n    estimatedMinutes\n    mode\n    rationale\n    instructions\n    prompts {\n      key\n      kind\n      label\n      help\n      required\n      maxLength\n      min\n      max\n      minLabel\n      maxLabel\n      options {\n        key\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on AnswerValue {\n    promptKey\n    text\n    value\n    optionKeys\n    plannedAt\n  }\n"): (typeof documents)["\n  fragment AnswerFields on AnswerValue {\n    promptKey\n    text\n    value\n    optionKeys\n    plannedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryExerciseFields on Exercise {\n    id\n    versionId\n    version\n    currentVersion\n    builtIn\n    archivedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LibraryExerciseFields on Exercise {\n    id\n    versionId\n    version\n    currentVersion\n    builtIn\n    archivedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exercises($filter: ExerciseFilterInput, $limit: Int!, $offset: Int!) {\n    exercises(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...LibraryExerciseFields\n        ...ExerciseContentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Exercises($filter: ExerciseFilterInput, $limit: Int!, $offset: Int!) {\n    exercises(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...LibraryExerciseFields\n        ...ExerciseContentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"): (typeof documents)["\n  query Exercise($id: ID!) {\n    exercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExercise($input: ExerciseContentInput!) {\n    createExercise(input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExercise($input: ExerciseContentInput!) {\n    createExercise(input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExercise($id: ID!, $expectedVersion: Int!, $input: ExerciseContentInput!) {\n    updateExercise(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExercise($id: ID!, $expectedVersion: Int!, $input: ExerciseContentInput!) {\n    updateExercise(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreExercise($id: ID!) {\n    restoreExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreExercise($id: ID!) {\n    restoreExercise(id: $id) {\n      ...LibraryExerciseFields\n      ...ExerciseContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionNoteFields on SessionNote {\n    id\n    coupleId\n    version\n    sessionAt\n    body\n    authorName\n    createdAt\n    editedAt\n    editedByName\n    retractedAt\n    retractedByName\n    retractionReason\n    links {\n      kind\n      id\n      title\n      personName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment SessionNoteFields on SessionNote {\n    id\n    coupleId\n    version\n    sessionAt\n    body\n    authorName\n    createdAt\n    editedAt\n    editedByName\n    retractedAt\n    retractedByName\n    retractionReason\n    links {\n      kind\n      id\n      title\n      personName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleTimeline($coupleId: ID!, $limit: Int!, $offset: Int!) {\n    coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        __typename\n        ... on NoteTimelineEntry {\n          id\n          at\n          note {\n            ...SessionNoteFields\n          }\n        }\n        ... on AssignmentTimelineEntry {\n          id\n          at\n          exerciseTitle\n          forName\n          assignedByName\n          cancelled\n        }\n        ... on SubmissionTimelineEntry {\n          id\n          at\n          exerciseTitle\n          authorName\n        }\n        ... on CheckinTimelineEntry {\n          id\n          at\n          clientName\n          form\n          index\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoupleTimeline($coupleId: ID!, $limit: Int!, $offset: Int!) {\n    coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        __typename\n        ... on NoteTimelineEntry {\n          id\n          at\n          note {\n            ...SessionNoteFields\n          }\n        }\n        ... on AssignmentTimelineEntry {\n          id\n          at\n          exerciseTitle\n          forName\n          assignedByName\n          cancelled\n        }\n        ... on SubmissionTimelineEntry {\n          id\n          at\n          exerciseTitle\n          authorName\n        }\n        ... on CheckinTimelineEntry {\n          id\n          at\n          clientName\n          form\n          index\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportNotes($coupleId: ID!) {\n    sessionNotes(coupleId: $coupleId, includeRetracted: false, limit: 200) {\n      totalCount\n      items {\n        ...SessionNoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportNotes($coupleId: ID!) {\n    sessionNotes(coupleId: $coupleId, includeRetracted: false, limit: 200) {\n      totalCount\n      items {\n        ...SessionNoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionNoteHistory($id: ID!) {\n    sessionNoteHistory(id: $id) {\n      version\n      sessionAt\n      body\n      editedByName\n      editedAt\n      links {\n        kind\n        id\n        title\n        personName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionNoteHistory($id: ID!) {\n    sessionNoteHistory(id: $id) {\n      version\n      sessionAt\n      body\n      editedByName\n      editedAt\n      links {\n        kind\n        id\n        title\n        personName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteSessionNote($coupleId: ID!, $input: SessionNoteContentInput!) {\n    writeSessionNote(coupleId: $coupleId, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteSessionNote($coupleId: ID!, $input: SessionNoteContentInput!) {\n    writeSessionNote(coupleId: $coupleId, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditSessionNote($id: ID!, $expectedVersion: Int!, $input: SessionNoteContentInput!) {\n    editSessionNote(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditSessionNote($id: ID!, $expectedVersion: Int!, $input: SessionNoteContentInput!) {\n    editSessionNote(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractSessionNote($id: ID!, $reason: String!) {\n    retractSessionNote(id: $id, reason: $reason) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetractSessionNote($id: ID!, $reason: String!) {\n    retractSessionNote(id: $id, reason: $reason) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      shareScores\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      shareScores\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($limit: Int!, $offset: Int!) {\n    myNotifications(limit: $limit, offset: $offset) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        exerciseTitle\n        todoId\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($limit: Int!, $offset: Int!) {\n    myNotifications(limit: $limit, offset: $offset) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        exerciseTitle\n        todoId\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodoFields on Todo {\n    id\n    dueAt\n    status\n    partnerStatus\n    submittedAt\n    closedAt\n    commentCount\n    exercise {\n      versionId\n      title\n      mode\n      estimatedMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment TodoFields on Todo {\n    id\n    dueAt\n    status\n    partnerStatus\n    submittedAt\n    closedAt\n    commentCount\n    exercise {\n      versionId\n      title\n      mode\n      estimatedMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTodos($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myTodos(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...TodoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTodos($list: TodoList!, $limit: Int!, $offset: Int!) {\n    myTodos(list: $list, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...TodoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    status\n    sharing\n    clientId\n    submittedAt\n    updatedAt\n    answers {\n      promptKey\n      text\n      value\n      optionKeys\n      plannedAt\n    }\n    comments {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SubmissionFields on Submission {\n    id\n    status\n    sharing\n    clientId\n    submittedAt\n    updatedAt\n    answers {\n      promptKey\n      text\n      value\n      optionKeys\n      plannedAt\n    }\n    comments {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTodo($id: ID!) {\n    myTodo(id: $id) {\n      id\n      dueAt\n      status\n      partnerStatus\n      partnerName\n      submittedAt\n      closedAt\n      note\n      exercise {\n        ...ExerciseContentFields\n      }\n      mine {\n        ...SubmissionFields\n      }\n      partners {\n        id\n        authorName\n        submittedAt\n        answers {\n          ...AnswerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTodo($id: ID!) {\n    myTodo(id: $id) {\n      id\n      dueAt\n      status\n      partnerStatus\n      partnerName\n      submittedAt\n      closedAt\n      note\n      exercise {\n        ...ExerciseContentFields\n      }\n      mine {\n        ...SubmissionFields\n      }\n      partners {\n        id\n        authorName\n        submittedAt\n        answers {\n          ...AnswerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExercise($input: SubmitExerciseInput!) {\n    submitExercise(input: $input) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitExercise($input: SubmitExerciseInput!) {\n    submitExercise(input: $input) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareSubmission($id: ID!, $sharing: Sharing!) {\n    shareSubmission(id: $id, sharing: $sharing) {\n      id\n      sharing\n    }\n  }\n"): (typeof documents)["\n  mutation ShareSubmission($id: ID!, $sharing: Sharing!) {\n    shareSubmission(id: $id, sharing: $sharing) {\n      id\n      sharing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($input: SecondFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($input: SecondFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyAlerts($coupleId: ID!) {\n    safetyAlerts(coupleId: $coupleId) {\n      openCount\n      items {\n        id\n        clientName\n        raisedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyAlerts($coupleId: ID!) {\n    safetyAlerts(coupleId: $coupleId) {\n      openCount\n      items {\n        id\n        clientName\n        raisedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveSafetyAlert($id: ID!, $resolution: String!) {\n    resolveSafetyAlert(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolvedByName\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveSafetyAlert($id: ID!, $resolution: String!) {\n    resolveSafetyAlert(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolvedByName\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendsFields on Trends {\n    coupleId\n    episode {\n      number\n      startedAt\n    }\n    series {\n      clientId\n      displayName\n      points {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      baselines {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      progress {\n        key\n        form\n        instrumentVersion\n        baseline {\n          checkinId\n          takenAt\n          score\n        }\n        previous {\n          checkinId\n          takenAt\n          score\n        }\n        latest {\n          checkinId\n          takenAt\n          score\n        }\n        # The change's two ends are the landmarks above (baseline or previous, and latest):\n        # not asked again, which keeps the query within the server's depth limit.\n        sinceBaseline {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n        sincePrevious {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n      }\n    }\n    events {\n      at\n      clientId\n      title\n    }\n    references {\n      key\n      form\n      instrumentVersion\n      cutoff\n      cutoffA\n      cutoffB\n      cutoffC\n      cutoffUsed\n      higherIsBetter\n      provisional\n      reliability\n      reliabilitySource\n      reliabilityLower\n      reliabilityUpper\n      sampleSize\n      sd\n    }\n  }\n"): (typeof documents)["\n  fragment TrendsFields on Trends {\n    coupleId\n    episode {\n      number\n      startedAt\n    }\n    series {\n      clientId\n      displayName\n      points {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      baselines {\n        checkinId\n        form\n        instrumentVersion\n        key\n        score\n        straightLined\n        takenAt\n      }\n      progress {\n        key\n        form\n        instrumentVersion\n        baseline {\n          checkinId\n          takenAt\n          score\n        }\n        previous {\n          checkinId\n          takenAt\n          score\n        }\n        latest {\n          checkinId\n          takenAt\n          score\n        }\n        # The change's two ends are the landmarks above (baseline or previous, and latest):\n        # not asked again, which keeps the query within the server's depth limit.\n        sinceBaseline {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n        sincePrevious {\n          points\n          rci\n          sDiff\n          reliable\n          status\n        }\n      }\n    }\n    events {\n      at\n      clientId\n      title\n    }\n    references {\n      key\n      form\n      instrumentVersion\n      cutoff\n      cutoffA\n      cutoffB\n      cutoffC\n      cutoffUsed\n      higherIsBetter\n      provisional\n      reliability\n      reliabilitySource\n      reliabilityLower\n      reliabilityUpper\n      sampleSize\n      sd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleTrends($coupleId: ID!, $from: DateTime, $to: DateTime) {\n    coupleTrends(coupleId: $coupleId, from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n"): (typeof documents)["\n  query CoupleTrends($coupleId: ID!, $from: DateTime, $to: DateTime) {\n    coupleTrends(coupleId: $coupleId, from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrends($from: DateTime, $to: DateTime) {\n    myTrends(from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n"): (typeof documents)["\n  query MyTrends($from: DateTime, $to: DateTime) {\n    myTrends(from: $from, to: $to) {\n      ...TrendsFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;