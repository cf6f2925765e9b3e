import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_CLINICS } from './demo-clinics';

export interface DemoCouple {
  id: string;
  name: string;
  counselorId: string;
  since: Date;
  /** Partners by display name. */
  clientIds: string[];
}

/**
 * Runs `seedCouple` for each active couple of each demo clinic, in name order (the index says
 * which place the couple has in its clinic), one transaction per clinic; a clinic that already
 * has rows in `marker` is left alone, so restarts keep what people changed.
 */
export async function seedDemoClinicsOnce(
  owner: DataSource,
  log: (line: string) => void,
  what: { marker: 'assignment' | 'checkin_schedule' | 'session_note'; history: string },
  seedCouple: (
    manager: EntityManager,
    clinicId: string,
    couple: DemoCouple,
    index: number,
  ) => Promise<void>,
  /** Clinic-wide history besides the couples', in the same transaction; returns whether it wrote any. */
  seedClinic?: (manager: EntityManager, clinicId: string) => Promise<number>,
): Promise<void> {
  for (const clinic of DEMO_CLINICS) {
    const seeded = await owner.transaction(async (manager) => {
      const [{ existing }] = await manager.query<[{ existing: number }]>(
        `SELECT count(*)::int AS existing FROM ${what.marker} WHERE clinic_id = $1`,
        [clinic.id],
      );
      if (existing > 0) return false;
      const couples: DemoCouple[] = await manager.query(
        `SELECT c.id, c.name, t.counselor_id AS "counselorId", c.in_care_since AS since,
                array_agg(p.client_id ORDER BY u.display_name) AS "clientIds"
           FROM couple c
           JOIN care_team_member t ON t.couple_id = c.id AND t.is_primary
           JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
           JOIN app_user u ON u.id = p.client_id
          WHERE c.clinic_id = $1 AND c.status = 'ACTIVE'
          GROUP BY c.id, t.counselor_id ORDER BY c.name`,
        [clinic.id],
      );
      for (const [index, couple] of couples.entries()) {
        await seedCouple(manager, clinic.id, couple, index);
      }
      const more = seedClinic ? await seedClinic(manager, clinic.id) : 0;
      return couples.length > 0 || more > 0;
    });
    if (seeded) log(`Loaded ${what.history} for "${clinic.name}"`);
  }
}
