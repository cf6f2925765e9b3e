import { Injectable } from '@nestjs/common';
import { ChangeStatus, CheckinForm, CHECKIN_INSTRUMENT, FLAG_THRESHOLDS } from '@tandem/shared';
import { ProgressReader, type SeriesSpec } from '../assessments/progress.reader';
import { ReliabilityService } from '../assessments/reliability.service';
import { RequestContext } from '../context/request-context';
import { notFound } from '../graphql/errors';
import {
  CounselorOutcomesModel,
  EngagementModel,
  OutcomeCountsModel,
} from './models/clinic-outcomes.model';
import { ClinicOverviewModel } from './models/clinic-overview.model';
import { partnerIndex } from '../insights/partner-progress';

/** Outcomes read the full-form index only: a pulse change is never an outcome. */
const OUTCOME_SERIES: readonly SeriesSpec[] = [{ form: CheckinForm.FULL, key: 'INDEX' }];

/**
 * What each partner owed lately (parameter $1: the window in days), with the primary counselor
 * of their couple.
 */
const OWED_LATELY = `
  SELECT t.counselor_id, o.due_at, s.submitted_at
    FROM assignment_occurrence o
    JOIN assignment a ON a.id = o.assignment_id
    JOIN exercise_version v ON v.id = a.exercise_version_id
    JOIN couple c ON c.id = a.couple_id AND c.status = 'ACTIVE'
    JOIN care_team_member t ON t.couple_id = c.id AND t.is_primary
    JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
                         AND (a.client_id IS NULL OR a.client_id = p.client_id)
    LEFT JOIN submission s ON s.occurrence_id = o.id AND s.status = 'SUBMITTED'
                          AND (s.client_id = p.client_id OR (v.mode = 'JOINT' AND s.client_id IS NULL))
   WHERE o.due_at < now() AND o.due_at > now() - make_interval(days => $1) AND o.closed_at IS NULL`;

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
    const manager = this.context.manager;
    const [row] = await manager.query(
      `SELECT json_build_object('id', c.id, 'name', c.name) AS clinic,
              (SELECT count(*)::int FROM app_user WHERE role = 'COUNSELOR' AND status = 'ACTIVE') AS "counselorCount",
              (SELECT count(*)::int FROM app_user WHERE role = 'CLIENT' AND status = 'ACTIVE') AS "clientCount",
              (SELECT count(*)::int FROM couple WHERE status = 'ACTIVE') AS "activeCoupleCount"
         FROM clinic c WHERE c.id = $1`,
      [this.context.requiredActor.clinicId],
    );
    if (!row) throw notFound('clinic');
    const counselors: Array<{
      counselorId: string;
      displayName: string;
      coupleCount: number;
      due: number;
      onTime: number;
    }> = await manager.query(
      `WITH owed AS (${OWED_LATELY})
         SELECT u.id AS "counselorId", u.display_name AS "displayName",
                (SELECT count(*)::int FROM care_team_member t JOIN couple c ON c.id = t.couple_id
                  WHERE t.counselor_id = u.id AND t.is_primary AND c.status = 'ACTIVE') AS "coupleCount",
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id) AS due,
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id AND owed.submitted_at <= owed.due_at) AS "onTime"
           FROM app_user u WHERE u.role = 'COUNSELOR' AND u.status = 'ACTIVE'
          ORDER BY u.display_name`,
      [FLAG_THRESHOLDS.engagementWindowDays],
    );
    // Each client of an active couple, under the couple's primary counselor.
    const clients: Array<{ counselorId: string; coupleId: string; clientId: string }> =
      await manager.query(
        `SELECT t.counselor_id AS "counselorId", c.id AS "coupleId", p.client_id AS "clientId"
           FROM couple c
           JOIN care_team_member t ON t.couple_id = c.id AND t.is_primary
           JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
          WHERE c.status = 'ACTIVE'`,
      );
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
