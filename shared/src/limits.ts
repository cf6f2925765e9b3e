/**
 * Input limits both sides enforce: the client to guide people while they type,
 * the server as the authority. Changing one here changes it everywhere.
 */
export const LIMITS = {
  emailMaxLength: 254,
  passwordMinLength: 12,
  /** argon2 hashes whatever it is given; a cap keeps hashing cost bounded. */
  passwordMaxLength: 256,
  displayNameMaxLength: 120,
  coupleNameMaxLength: 120,
  pageSizeMax: 200,

  exerciseTitleMaxLength: 120,
  exerciseRationaleMaxLength: 600,
  exerciseInstructionsMaxLength: 4000,
  exerciseMinutesMin: 1,
  exerciseMinutesMax: 180,
  exerciseSearchMaxLength: 100,
  promptsMax: 20,
  promptKeyMaxLength: 40,
  promptLabelMaxLength: 300,
  promptHelpMaxLength: 600,
  promptOptionsMin: 2,
  promptOptionsMax: 12,
  promptOptionLabelMaxLength: 120,
  scaleBoundMin: 0,
  scaleBoundMax: 10,
  /** The default and the ceiling for a free-text prompt's own limit. */
  textAnswerDefaultMaxLength: 2000,
  textAnswerMaxLength: 10000,

  assignmentNoteMaxLength: 1000,
  /** How far ahead a recurring assignment may repeat. */
  recurrenceMaxWeeks: 26,
  commentMaxLength: 2000,
  idempotencyKeyMaxLength: 64,

  /** A session note is Markdown; about ten pages of text. */
  sessionNoteMaxLength: 20000,
  noteRetractionReasonMaxLength: 500,
  /** Exercises and check-ins one note may link to. */
  noteLinksMax: 20,
  /** A note's session date may be at most this far ahead (time zones, a note written early). */
  noteSessionDaysAheadMax: 1,
  /** The timeline of a couple is read a page at a time. */
  timelinePageMax: 100,
  /** What the counselor notes when closing a safety alert after the individual check. */
  safetyResolutionMaxLength: 1000,
} as const;
