import { SetMetadata } from '@nestjs/common';
import { ALL_ROLES, Role } from '@tandem/shared';

export const ALLOWED_ROLES = 'tandem:allowedRoles';

/** The roles that may run an operation. Data scoping happens after, in the access policy. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Any signed-in user. */
export const AnyRole = () => Roles(...ALL_ROLES);
