import { Module } from '@nestjs/common';
import { ActivityResolver } from './activity.resolver';
import { PgPubSub } from './pg-pubsub';
import { SubscriptionsOverHttpPlugin } from './subscriptions-over-http.plugin';

@Module({
  providers: [PgPubSub, ActivityResolver, SubscriptionsOverHttpPlugin],
  exports: [PgPubSub],
})
export class LiveModule {}
