import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { Roles } from '../access/roles.decorator';
import { UUID } from '../common/uuid.pipe';
import { ActorTransaction } from '../context/actor-transaction';
import type { SocketContext } from '../graphql/socket-auth';
import { ActivityEvent, ActivityKind } from './activity-event';
import { PgPubSub } from './pg-pubsub';

/** Keeps the events of `source` that `keep` accepts. */
async function* only<T>(source: AsyncIterableIterator<T>, keep: (item: T) => boolean) {
  try {
    for await (const item of source) if (keep(item)) yield item;
  } finally {
    await source.return?.();
  }
}

/** Live updates for the care team: a partner's progress without reloading. */
@Resolver()
export class ActivityResolver {
  constructor(
    private readonly pubSub: PgPubSub,
    private readonly transaction: ActorTransaction,
    private readonly policy: AccessPolicy,
  ) {}

  @Subscription(() => ActivityEvent, {
    description: "Activity on one couple's exercises, check-ins and session notes.",
    resolve: (payload: { activity: ActivityEvent }) => payload.activity,
  })
  @Roles(Role.COUNSELOR)
  async coupleActivity(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Context() context: SocketContext,
  ) {
    const { actor, ip } = context;
    await this.transaction.run(actor, ip, () => this.policy.couple(coupleId, 'couple.subscribe'));
    const events = this.pubSub.asyncIterator();
    return only(
      events,
      ({ activity }) => activity.clinicId === actor.clinicId && activity.coupleId === coupleId,
    );
  }

  @Subscription(() => ActivityEvent, {
    description:
      "Activity on any couple of the counselor's caseload (as it was when subscribing); session notes, which the caseload does not show, are left out.",
    resolve: (payload: { activity: ActivityEvent }) => payload.activity,
  })
  @Roles(Role.COUNSELOR)
  async caseloadActivity(@Context() context: SocketContext) {
    const { actor, ip } = context;
    const coupleIds = await this.transaction.run(actor, ip, () => this.policy.caseloadCoupleIds());
    const mine = new Set(coupleIds);
    const events = this.pubSub.asyncIterator();
    return only(
      events,
      ({ activity }) =>
        activity.clinicId === actor.clinicId &&
        mine.has(activity.coupleId) &&
        activity.kind !== ActivityKind.NOTE_CHANGED,
    );
  }
}
