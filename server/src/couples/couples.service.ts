import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { CaseloadArgs } from './dto/caseload.args';
import { CaseloadPageModel } from './models/caseload.model';
import { MyCoupleModel } from './models/my-couple.model';

/** Active partners of a couple `c`, as a JSON array, for set-based reads. */
const PARTNERS_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                           ORDER BY u.display_name), '[]')
    FROM couple_partner cp JOIN app_user u ON u.id = cp.client_id
   WHERE cp.couple_id = c.id AND cp.left_at IS NULL)`;

@Injectable()
export class CouplesService {
  constructor(private readonly context: RequestContext) {}

  /** The counselor's active couples: two statements whatever the caseload size. */
  async caseload({ limit, offset }: CaseloadArgs): Promise<CaseloadPageModel> {
    const counselorId = this.context.requiredActor.userId;
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT c.id, c.name, c.in_care_since AS "inCareSince", t.is_primary AS "isPrimaryCounselor",
              ${PARTNERS_OF_COUPLE} AS partners
         FROM care_team_member t JOIN couple c ON c.id = t.couple_id
        WHERE t.counselor_id = $1 AND c.status = 'ACTIVE'
        ORDER BY c.in_care_since DESC, c.id
        LIMIT $2 OFFSET $3`,
      [counselorId, limit, offset],
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total
         FROM care_team_member t JOIN couple c ON c.id = t.couple_id
        WHERE t.counselor_id = $1 AND c.status = 'ACTIVE'`,
      [counselorId],
    );
    return { items, totalCount: total };
  }

  /** The client's active couple with the partner and care team, or null. */
  async myCouple(): Promise<MyCoupleModel | null> {
    const clientId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT c.id, c.name,
              (SELECT json_build_object('id', u.id, 'displayName', u.display_name)
                 FROM couple_partner other JOIN app_user u ON u.id = other.client_id
                WHERE other.couple_id = c.id AND other.client_id <> $1 AND other.left_at IS NULL
                LIMIT 1) AS partner,
              (SELECT coalesce(json_agg(json_build_object('counselorId', u.id,
                        'displayName', u.display_name, 'isPrimary', t.is_primary)
                        ORDER BY t.is_primary DESC, u.display_name), '[]')
                 FROM care_team_member t JOIN app_user u ON u.id = t.counselor_id
                WHERE t.couple_id = c.id) AS "careTeam"
         FROM couple_partner me JOIN couple c ON c.id = me.couple_id
        WHERE me.client_id = $1 AND me.left_at IS NULL AND c.status = 'ACTIVE'`,
      [clientId],
    );
    return row?.partner ? row : null;
  }
}
