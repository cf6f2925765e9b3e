import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { notFound } from '../graphql/errors';
import { ClinicOverviewModel } from './models/clinic-overview.model';

@Injectable()
export class ClinicsService {
  constructor(private readonly context: RequestContext) {}

  /** Row-level security already limits every table here to the actor's clinic. */
  async overview(): Promise<ClinicOverviewModel> {
    const [row] = await this.context.manager.query(
      `SELECT json_build_object('id', c.id, 'name', c.name) AS clinic,
              (SELECT count(*)::int FROM app_user WHERE role = 'COUNSELOR' AND status = 'ACTIVE') AS "counselorCount",
              (SELECT count(*)::int FROM app_user WHERE role = 'CLIENT' AND status = 'ACTIVE') AS "clientCount",
              (SELECT count(*)::int FROM couple WHERE status = 'ACTIVE') AS "activeCoupleCount"
         FROM clinic c WHERE c.id = $1`,
      [this.context.requiredActor.clinicId],
    );
    if (!row) throw notFound('clinic');
    return row;
  }
}
