import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { ActivityResolver } from './activity.resolver';
import { PgPubSub } from './pg-pubsub';
import { SocketServer } from './socket-server';
import { SubscriptionWatch } from './subscription-watch';
import { SubscriptionsOverHttpPlugin } from './subscriptions-over-http.plugin';

@Module({
  imports: [SessionsModule],
  providers: [
    PgPubSub,
    ActivityResolver,
    SubscriptionsOverHttpPlugin,
    SocketServer,
    SubscriptionWatch,
  ],
  exports: [PgPubSub],
})
export class LiveModule {}
