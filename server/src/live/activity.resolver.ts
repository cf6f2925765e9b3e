import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { Roles } from '../access/roles.decorator';
import { UUID } from '../common/uuid.pipe';
import { OperationTransaction } from '../context/operation-transaction';
import { conflict } from '../graphql/errors';
import type { SocketContext } from '../graphql/socket-auth';
import { ActivityEvent, ActivityKind } from './activity-event';
import { PgPubSub } from './pg-pubsub';
import { SubscriptionWatch } from './subscription-watch';

const DISCHARGED = 'This couple was discharged: live updates stop with their care.';

/**
 * Live updates for the care team: a partner's progress without reloading. Each subscription
 * lasts only as long as its subscriber may see what it carries (SubscriptionWatch).
 */
@Resolver()
export class ActivityResolver {
  constructor(
    private readonly pubSub: PgPubSub,
    private readonly transaction: OperationTransaction,
    private readonly policy: AccessPolicy,
    private readonly watch: SubscriptionWatch,
  ) {}

  @Subscription(() => ActivityEvent, {
    description:
      "Activity on one couple's exercises, check-ins and session notes, while the couple is in care and the counselor on its care team.",
    resolve: (payload: { activity: ActivityEvent }) => payload.activity,
  })
  @Roles(Role.COUNSELOR)
  async coupleActivity(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Context() context: SocketContext,
  ) {
    const { actor, ip } = context;
    const stillAllowed = () =>
      this.transaction.run(actor, ip, async () => {
        const couple = await this.policy.couple(coupleId, 'couple.subscribe');
        if (!couple.inCare) throw conflict(DISCHARGED);
      });
    await stillAllowed();
    return this.watch.stream(
      this.pubSub.asyncIterator(),
      ({ activity }) => activity.clinicId === actor.clinicId && activity.coupleId === coupleId,
      { actor, ip, concerns: (coupleIds) => coupleIds.includes(coupleId), recheck: stillAllowed },
    );
  }

  @Subscription(() => ActivityEvent, {
    description:
      "Activity on any couple of the counselor's caseload, which follows care-team changes and discharges while it runs; session notes, which the caseload does not show, are left out.",
    resolve: (payload: { activity: ActivityEvent }) => payload.activity,
  })
  @Roles(Role.COUNSELOR)
  async caseloadActivity(@Context() context: SocketContext) {
    const { actor, ip } = context;
    const mine = new Set<string>();
    const load = async () => {
      const coupleIds = await this.transaction.run(actor, ip, () =>
        this.policy.caseloadCoupleIds(),
      );
      mine.clear();
      for (const id of coupleIds) mine.add(id);
    };
    await load();
    return this.watch.stream(
      this.pubSub.asyncIterator(),
      ({ activity }) =>
        activity.clinicId === actor.clinicId &&
        mine.has(activity.coupleId) &&
        activity.kind !== ActivityKind.NOTE_CHANGED,
      // Any couple of the clinic may join or leave the caseload.
      { actor, ip, concerns: () => true, recheck: load },
    );
  }
}
