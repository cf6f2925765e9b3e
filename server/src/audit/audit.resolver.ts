import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { validatedAs } from '../common/validated-as.pipe';
import { AuditQueryService } from './audit-query.service';
import { AuditFilterInput } from './dto/audit-filter.input';
import { AuditEventPageModel } from './models/audit-event.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Query(() => AuditEventPageModel, { description: "The clinic's audit log, newest first." })
  @Roles(Role.ADMIN)
  auditEvents(
    @Args('filter', { type: () => AuditFilterInput, nullable: true }, validatedAs(AuditFilterInput))
    filter: AuditFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<AuditEventPageModel> {
    return this.audit.search(filter ?? {}, page);
  }
}
