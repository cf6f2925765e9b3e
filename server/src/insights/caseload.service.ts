import { Injectable } from '@nestjs/common';
import {
  CHECKIN_INSTRUMENT,
  caseloadFlags,
  changeStatus,
  type ChangeSample,
  expectedBands,
  FLAG_THRESHOLDS,
} from '@tandem/shared';
import { AuditService } from '../audit/audit.service';
import { escapeLike } from '../common/escape-like';
import { RequestContext } from '../context/request-context';
import { CaseloadArgs, CaseloadSort } from './caseload.args';
import { CASELOAD_COUPLES, CLINIC_CHANGE_SAMPLES } from './caseload-sql';
import {
  CaseloadCoupleModel,
  CaseloadPageModel,
  PartnerSummaryModel,
} from './models/caseload.model';

interface ProgressRow extends Omit<PartnerSummaryModel, 'rci' | 'status'> {
  baselineAt: Date | null;
}
type CoupleRow = Omit<CaseloadCoupleModel, 'progress' | 'flags' | 'indexChange'> & {
  progress: ProgressRow[];
  checkinOverdue: boolean;
};

const SORTS: Record<CaseloadSort, (a: CaseloadCoupleModel, b: CaseloadCoupleModel) => number> = {
  [CaseloadSort.ATTENTION]: (a, b) =>
    b.flags.length - a.flags.length || (a.indexChange ?? 0) - (b.indexChange ?? 0),
  [CaseloadSort.NAME]: (a, b) => a.name.localeCompare(b.name),
  [CaseloadSort.INDEX_CHANGE]: (a, b) => (a.indexChange ?? Infinity) - (b.indexChange ?? Infinity),
  [CaseloadSort.LAST_ACTIVITY]: (a, b) =>
    (a.lastActivityAt?.getTime() ?? 0) - (b.lastActivityAt?.getTime() ?? 0),
  [CaseloadSort.IN_CARE_SINCE]: (a, b) => b.inCareSince.getTime() - a.inCareSince.getTime(),
};

/**
 * The counselor's morning view: every couple on their care teams with each partner's index,
 * its reliable change since baseline, and flags with their reasons. Two statements whatever
 * the caseload size: the couples with their facts, and the clinic's change samples for the
 * expected band. Flags, sorting and filtering are computed from those rows.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  async caseload(args: CaseloadArgs): Promise<CaseloadPageModel> {
    const counselorId = this.context.requiredActor.userId;
    const manager = this.context.manager;
    const rows: CoupleRow[] = await manager.query(CASELOAD_COUPLES, [
      counselorId,
      args.search ? escapeLike(args.search) : null,
    ]);
    const samples: Array<ChangeSample & { coupleId: string }> =
      await manager.query(CLINIC_CHANGE_SAMPLES);
    const now = new Date();
    const indexNorm = CHECKIN_INSTRUMENT.norms.INDEX;
    const sampleOf = new Map(samples.map((sample) => [sample.coupleId, sample]));
    const bandFor = expectedBands(samples);
    const couples = rows.map((row): CaseloadCoupleModel => {
      const progress = row.progress.map((partner): PartnerSummaryModel => {
        const measured = partner.baselineIndex !== null && partner.latestIndex !== null;
        const change = measured
          ? changeStatus({
              baseline: partner.baselineIndex!,
              latest: partner.latestIndex!,
              key: 'INDEX',
              norm: indexNorm,
            })
          : null;
        return {
          ...partner,
          rci: change ? Math.round(change.change.rci * 100) / 100 : null,
          status: change?.status ?? null,
        };
      });
      const own = sampleOf.get(row.id);
      const indexChange = own ? Math.round(own.change * 10) / 10 : null;
      const flags = caseloadFlags(
        {
          partners: progress,
          overdueCount: row.overdueCount,
          lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt) : null,
          checkinOverdue: row.checkinOverdue,
          weeksSinceBaseline: own?.weeks ?? null,
          indexChange,
        },
        {
          now,
          indexNorm,
          // Learned from the other couples of the clinic.
          band: own ? bandFor(own.weeks, own) : null,
        },
      );
      const { checkinOverdue: _overdue, ...rest } = row;
      return {
        ...rest,
        lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt) : null,
        progress,
        indexChange,
        flags,
      };
    });
    const shown = couples
      .filter((couple) => !args.flaggedOnly || couple.flags.length > 0)
      .sort(
        (a, b) =>
          SORTS[args.sort](a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      );
    const items = shown.slice(args.offset, args.offset + args.limit);
    for (const couple of items) {
      this.audit.record({
        action: 'couple.list',
        entityType: 'couple',
        entityId: couple.id,
        clientIds: couple.partners.map((partner) => partner.id),
      });
    }
    return {
      items,
      totalCount: shown.length,
      bandCouples: samples.length,
      bandCouplesNeeded: FLAG_THRESHOLDS.bandMinCouples,
    };
  }
}
