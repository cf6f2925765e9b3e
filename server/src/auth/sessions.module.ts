import { Module } from '@nestjs/common';
import { SessionService } from './session.service';

/** Session lookup, split out so the request context can resolve actors before any resolver. */
@Module({ providers: [SessionService], exports: [SessionService] })
export class SessionsModule {}
