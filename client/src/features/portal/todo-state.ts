import type { MyTodoQuery } from '../../graphql/generated/graphql';

export type TodoDetail = MyTodoQuery['myTodo'];

/** Open takes answers; submitted and closed (by the counselor) are read-only. */
export function todoState(todo: Pick<TodoDetail, 'status' | 'closedAt'>) {
  if (todo.status === 'SUBMITTED') return 'submitted' as const;
  if (todo.status === 'CLOSED' || todo.closedAt) return 'closed' as const;
  return 'open' as const;
}

/** Whether the partner is part of this to-do: an individual exercise given to both. */
export function sharedWithPartner(todo: Pick<TodoDetail, 'partnerStatus' | 'exercise'>): boolean {
  return todo.exercise.mode === 'INDIVIDUAL' && todo.partnerStatus !== null;
}
