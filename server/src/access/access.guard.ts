import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@tandem/shared';
import type { Actor } from '../context/actor';
import { RequestContext } from '../context/request-context';
import { forbidden, unauthenticated } from '../graphql/errors';
import { IS_PUBLIC } from './public.decorator';
import { ALLOWED_ROLES } from './roles.decorator';

/**
 * Deny by default: an operation runs only if it is marked @Public() or names the roles that
 * may call it. An operation with neither is a programming error and is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) {
      this.logger.error(
        `${execution.getClass().name}.${execution.getHandler().name} has no access rule`,
      );
      throw forbidden();
    }
    // HTTP operations carry the actor in the request context; websocket ones in their own.
    const actor =
      this.context.actor ??
      GqlExecutionContext.create(execution).getContext<{ actor?: Actor }>()?.actor;
    if (!actor) throw unauthenticated();
    if (!roles.includes(actor.role)) throw forbidden();
    return true;
  }
}
