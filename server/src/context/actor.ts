import type { Role } from '@tandem/shared';

/** Who is making the request, as established from their session. */
export interface Actor {
  userId: string;
  role: Role;
  clinicId: string;
  sessionId: string;
}
