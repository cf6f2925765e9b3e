import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SessionsModule } from '../auth/sessions.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AuthModule, SessionsModule],
  providers: [AccountsResolver, AccountsService, InvitationsService],
})
export class AccountsModule {}
