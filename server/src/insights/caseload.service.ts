import { Injectable } from '@nestjs/common';
import {
  caseloadFlags,
  CheckinForm,
  CHECKIN_INSTRUMENT,
  EXPECTED_CHANGE,
  type ExpectedChange,
  FLAG_THRESHOLDS,
  instrumentVersion,
  type PartnerFacts,
} from '@tandem/shared';
import { type CoupleLandmarks, ProgressReader } from '../assessments/progress.reader';
import { AccessPolicy } from '../access/access-policy';
import { type ReferenceBook, ReliabilityService } from '../assessments/reliability.service';
import { escapeLike } from '../common/escape-like';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { CaseloadArgs, CaseloadSort } from './caseload.args';
import { caseloadCouples } from './caseload.queries';
import { type ExpectedChanges, ExpectedChangeService } from './expected-change.service';
import {
  CaseloadCoupleModel,
  CaseloadPageModel,
  ExpectedChangeModel,
  PartnerSummaryModel,
} from './models/caseload.model';
import { gapOf, partnerIndex } from './partner-progress';

type CoupleRow = NonNullable<(typeof caseloadCouples)['types']>['row'];

const SORTS: Record<CaseloadSort, (a: CaseloadCoupleModel, b: CaseloadCoupleModel) => number> = {
  [CaseloadSort.ATTENTION]: (a, b) =>
    urgent(b) - urgent(a) ||
    b.flags.length - a.flags.length ||
    (a.indexChange ?? 0) - (b.indexChange ?? 0),
  [CaseloadSort.NAME]: (a, b) => a.name.localeCompare(b.name),
  [CaseloadSort.INDEX_CHANGE]: (a, b) => (a.indexChange ?? Infinity) - (b.indexChange ?? Infinity),
  [CaseloadSort.LAST_ACTIVITY]: (a, b) =>
    (a.lastActivityAt?.getTime() ?? 0) - (b.lastActivityAt?.getTime() ?? 0),
  [CaseloadSort.IN_CARE_SINCE]: (a, b) => b.inCareSince.getTime() - a.inCareSince.getTime(),
};

/** An open safety alert outranks any number of other flags. */
function urgent(couple: CaseloadCoupleModel): number {
  return couple.openSafetyAlerts > 0 ? 1 : 0;
}

const WEEK_MS = 7 * 86_400_000;
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The counselor's morning view: every couple on their care teams with each partner's
 * full-form index in the couple's current episode of care (baseline, previous, latest and the
 * change since each), the pulse index beside it, and flags with their reasons. A bounded number
 * of statements whatever the caseload size: the couples with their facts, their progress
 * (read by the progress reader, as the couple page reads it), the clinic's references and its
 * expected-change model (each cached per clinic behind one probe). Flags, sorting and
 * filtering are computed from those.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly reader: ProgressReader,
    private readonly reliability: ReliabilityService,
    private readonly expectedChange: ExpectedChangeService,
  ) {}

  async caseload(args: CaseloadArgs): Promise<CaseloadPageModel> {
    const counselorId = this.context.requiredActor.userId;
    const rows = await this.sql.rows(caseloadCouples, [
      counselorId,
      args.search ? escapeLike(args.search) : null,
      FLAG_THRESHOLDS.overdueGraceDays,
    ]);
    const landmarks = await this.reader.landmarksFor(rows.map((row) => row.id));
    const book = await this.reliability.book();
    const expected = await this.expectedChange.model();
    const now = new Date();
    const couples = rows.map((row) => this.couple(row, landmarks.get(row.id), book, expected, now));
    const shown = couples
      .filter((couple) => !args.flaggedOnly || couple.flags.length > 0)
      .sort(
        (a, b) =>
          SORTS[args.sort](a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      );
    const items = shown.slice(args.offset, args.offset + args.limit);
    for (const couple of items) {
      this.policy.used(
        'couple.list',
        couple.partners.map((partner) => partner.id),
        couple.id,
      );
    }
    const versions = new Set([
      CHECKIN_INSTRUMENT.version,
      ...items.flatMap((couple) =>
        couple.progress.map((partner) => partner.index.instrumentVersion),
      ),
    ]);
    return {
      items,
      totalCount: shown.length,
      expectedChangeEpisodes: expected.episodes,
      expectedChangeCouplesNeeded: EXPECTED_CHANGE.minCouples,
      references: [...versions]
        .sort((a, b) => b - a)
        .flatMap((version) => [
          book.of(version, CheckinForm.FULL, 'INDEX'),
          book.of(version, CheckinForm.PULSE, 'INDEX'),
        ]),
    };
  }

  private couple(
    row: CoupleRow,
    landmarks: CoupleLandmarks | undefined,
    book: ReferenceBook,
    expected: ExpectedChanges,
    now: Date,
  ): CaseloadCoupleModel {
    const facts: PartnerFacts[] = [];
    const summaries = row.partners.map((partner): PartnerSummaryModel => {
      const { index, pulseIndex, latestCodependenceRisk } = partnerIndex(
        landmarks,
        partner.id,
        book,
      );
      const change = index.sinceBaseline;
      const expectedChange =
        change && row.episodeId
          ? rounded(
              expected.forPartner(
                index.instrumentVersion,
                change.from.score,
                (change.to.takenAt.getTime() - change.from.takenAt.getTime()) / WEEK_MS,
                row.episodeId,
              ),
            )
          : null;
      const summary: PartnerSummaryModel = {
        clientId: partner.id,
        displayName: partner.displayName,
        index,
        pulseIndex,
        latestCodependenceRisk,
        latestStraightLined: row.straightLined?.[partner.id] ?? false,
        expected: expectedChange,
      };
      facts.push({
        clientId: partner.id,
        displayName: partner.displayName,
        index,
        indexReference: book.of(index.instrumentVersion, CheckinForm.FULL, 'INDEX'),
        latestCodependenceRisk: summary.latestCodependenceRisk,
        latestStraightLined: summary.latestStraightLined,
        expected: expectedChange && {
          ...expectedChange,
          intakeBand: pair(expectedChange.intakeBand),
          weeks: pair(expectedChange.weeks),
        },
      });
      return summary;
    });
    const measured = summaries
      .map((partner) => partner.index.sinceBaseline?.points)
      .filter((points): points is number => points !== undefined);
    const lastActivityAt = row.lastActivityAt ? new Date(row.lastActivityAt) : null;
    const version = summaries[0]?.index.instrumentVersion ?? CHECKIN_INSTRUMENT.version;
    const flags = caseloadFlags(
      {
        partners: facts,
        gap: gapOf(
          landmarks,
          row.partners.map((partner) => partner.id),
        ),
        overdueTodos: row.overdueCount + row.overdueCheckinCount,
        wellOverdueTodos: row.wellOverdueCount,
        checkinOverdue: row.overdueCheckinCount > 0,
        lastActivityAt,
        // Counted from the start of the current episode: a reopened couple starts afresh.
        inCareSince: new Date(row.episodeStartedAt ?? row.inCareSince),
        openSafetyAlerts: row.openSafetyAlerts,
      },
      { now, indexNorm: instrumentVersion(version).norms.INDEX },
    );
    return {
      id: row.id,
      name: row.name,
      partners: row.partners,
      isPrimaryCounselor: row.isPrimaryCounselor,
      inCareSince: new Date(row.inCareSince),
      episodeNumber: row.episodeNumber ?? 1,
      episodeStartedAt: new Date(row.episodeStartedAt ?? row.inCareSince),
      toReviewCount: row.toReviewCount,
      overdueCount: row.overdueCount,
      overdueCheckinCount: row.overdueCheckinCount,
      openSafetyAlerts: row.openSafetyAlerts,
      lastActivityAt,
      progress: summaries,
      indexChange: measured.length
        ? tenth(measured.reduce((sum, points) => sum + points, 0) / measured.length)
        : null,
      flags,
    };
  }
}

function pair(values: number[]): [number, number] {
  return [values[0], values[1]];
}

/** Expected change as shown and as flagged: to one decimal, so the two always agree. */
function rounded(expected: ExpectedChange | null): ExpectedChangeModel | null {
  if (!expected) return null;
  return {
    ...expected,
    low: tenth(expected.low),
    median: tenth(expected.median),
    intakeBand: [...expected.intakeBand],
    weeks: expected.weeks.map(tenth),
  };
}
