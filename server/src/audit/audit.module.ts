import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditQueryService } from './audit-query.service';

@Global()
@Module({
  providers: [AuditService, AuditQueryService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
