/** Which of a client's to-dos a list shows: those still to answer, or those answered. */
export enum TodoList {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
