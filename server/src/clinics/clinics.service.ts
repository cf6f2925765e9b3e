import { Injectable } from '@nestjs/common';
import { ChangeStatus, CheckinForm, CHECKIN_INSTRUMENT, FLAG_THRESHOLDS } from '@tandem/shared';
import { ProgressReader, type SeriesSpec } from '../assessments/progress.reader';
import { ReliabilityService } from '../assessments/reliability.service';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { notFound } from '../graphql/errors';
import {
  CounselorOutcomesModel,
  EngagementModel,
  OutcomeCountsModel,
} from './models/clinic-outcomes.model';
import { ClinicOverviewModel } from './models/clinic-overview.model';
import { partnerIndex } from '../insights/partner-progress';
import * as queries from './clinics.queries';

/** Outcomes read the full-form index only: a pulse change is never an outcome. */
const OUTCOME_SERIES: readonly SeriesSpec[] = [{ form: CheckinForm.FULL, key: 'INDEX' }];

function engagement(due: number, onTime: number): EngagementModel {
  return { due, onTime, rate: due ? Math.round((onTime / due) * 1000) / 1000 : null };
}

const noOutcomes = (): OutcomeCountsModel => ({
  recovered: 0,
  improved: 0,
  unchanged: 0,
  deteriorated: 0,
  notMeasured: 0,
});

const OUTCOME_FIELD: Record<ChangeStatus, keyof OutcomeCountsModel> = {
  [ChangeStatus.RECOVERED]: 'recovered',
  [ChangeStatus.IMPROVED]: 'improved',
  [ChangeStatus.UNCHANGED]: 'unchanged',
  [ChangeStatus.DETERIORATED]: 'deteriorated',
};

@Injectable()
export class ClinicsService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly reader: ProgressReader,
    private readonly reliability: ReliabilityService,
  ) {}

  /**
   * Row-level security already limits every table here to the actor's clinic. A bounded
   * number of statements: head counts, engagement per counselor, the clients of active couples,
   * their full-form index landmarks in each couple's current episode (the progress reader, as
   * the caseload reads them) and the clinic's references (cached). Each client's status comes
   * from the same shared rules and references as the caseload and the couple page, so the
   * three agree; "not measured yet" until two full check-ins are 7 days apart.
   */
  async overview(): Promise<ClinicOverviewModel> {
    const row = await this.sql.maybeOne(queries.clinicHeadCounts, [
      this.context.requiredActor.clinicId,
    ]);
    if (!row) throw notFound('clinic');
    const counselors = await this.sql.rows(queries.counselorEngagement, [
      FLAG_THRESHOLDS.engagementWindowDays,
    ]);
    const clients = await this.sql.rows(queries.clientsInCare, []);
    const landmarks = await this.reader.landmarksFor(
      [...new Set(clients.map((client) => client.coupleId))],
      OUTCOME_SERIES,
    );
    const book = await this.reliability.book();
    const clinicOutcomes = noOutcomes();
    const perCounselor = new Map<string, OutcomeCountsModel>();
    const versions = new Set<number>([CHECKIN_INSTRUMENT.version]);
    for (const client of clients) {
      const { index } = partnerIndex(landmarks.get(client.coupleId), client.clientId, book);
      versions.add(index.instrumentVersion);
      const status = index.sinceBaseline?.status;
      const field = status ? OUTCOME_FIELD[status] : 'notMeasured';
      clinicOutcomes[field]++;
      const mine = perCounselor.get(client.counselorId) ?? noOutcomes();
      mine[field]++;
      perCounselor.set(client.counselorId, mine);
    }
    const byCounselor: CounselorOutcomesModel[] = counselors.map((counselor) => ({
      counselorId: counselor.counselorId,
      displayName: counselor.displayName,
      coupleCount: counselor.coupleCount,
      engagement: engagement(counselor.due, counselor.onTime),
      outcomes: perCounselor.get(counselor.counselorId) ?? noOutcomes(),
    }));
    const due = counselors.reduce((sum, counselor) => sum + counselor.due, 0);
    const onTime = counselors.reduce((sum, counselor) => sum + counselor.onTime, 0);
    return {
      ...row,
      engagement: engagement(due, onTime),
      outcomes: clinicOutcomes,
      references: [...versions]
        .sort((a, b) => b - a)
        .map((version) => book.of(version, CheckinForm.FULL, 'INDEX')),
      counselors: byCounselor,
    };
  }
}
