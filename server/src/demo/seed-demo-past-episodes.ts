import { randomUUID } from 'node:crypto';
import { CheckinForm } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { type DemoCheckin, insertDemoCheckins } from './demo-checkin-rows';
import { DEMO_CLINICS } from './demo-clinics';
import { pastEpisodes } from './past-episodes';

/**
 * Writes Riverbend's discharged couples (see past-episodes.ts) inside the clinic's check-in
 * seeding transaction: their clients (deactivated, as after care), couples with one closed
 * episode each, a care team, the full check-ins they took and their scores on both forms.
 * Set-based: one statement per table, whatever the number of couples. Returns how many.
 */
export async function seedPastEpisodes(manager: EntityManager, clinicId: string): Promise<number> {
  const clinic = DEMO_CLINICS.find((entry) => entry.id === clinicId);
  if (!clinic || clinic.couples.length < 10) return 0; // a clinic this small has no long past
  const rows: Array<{ id: string; name: string }> = await manager.query(
    `SELECT id, display_name AS name FROM app_user WHERE clinic_id = $1 AND role = 'COUNSELOR'`,
    [clinicId],
  );
  // In the clinic's own order, so that the first counselor (the demo's) has past couples too.
  const counselorIds = clinic.counselors
    .map((name) => rows.find((row) => row.name === name)?.id)
    .filter((id): id is string => id !== undefined);
  if (counselorIds.length === 0) return 0;

  const couples = pastEpisodes(new Date(), clinic.domain);
  const users: object[] = [];
  const coupleRows: object[] = [];
  const partners: object[] = [];
  const teams: object[] = [];
  const schedules: object[] = [];
  const checkins: DemoCheckin[] = [];
  for (const couple of couples) {
    const coupleId = randomUUID();
    const scheduleId = randomUUID();
    const counselorId = counselorIds[couple.primary % counselorIds.length];
    coupleRows.push({
      id: coupleId,
      name: couple.name,
      since: couple.since,
      ended: couple.endedAt,
    });
    teams.push({ couple: coupleId, counselor: counselorId, since: couple.since });
    schedules.push({
      id: scheduleId,
      couple: coupleId,
      by: counselorId,
      since: couple.since,
      ended: couple.endedAt,
    });
    for (const partner of couple.partners) {
      const clientId = randomUUID();
      users.push({
        id: clientId,
        email: partner.email,
        name: partner.displayName,
        since: couple.since,
      });
      partners.push({
        couple: coupleId,
        client: clientId,
        since: couple.since,
        ended: couple.endedAt,
      });
      for (const checkin of partner.checkins) {
        checkins.push({
          id: randomUUID(),
          scheduleId,
          coupleId,
          clientId,
          form: CheckinForm.FULL,
          dueAt: new Date(checkin.takenAt.getTime() + 12 * 3_600_000),
          takenAt: checkin.takenAt,
          answers: checkin.answers,
        });
      }
    }
  }

  const json = (rows: object[]) => JSON.stringify(rows);
  // Former clients keep their accounts for the record, deactivated: they sign in no more and
  // are not offered for a new couple. The password hash is the clinic admin's (never used).
  await manager.query(
    `INSERT INTO app_user (id, clinic_id, email, display_name, role, status, password_hash, version, created_at, updated_at)
     SELECT r.id, $1, r.email, r.name, 'CLIENT', 'DEACTIVATED',
            (SELECT password_hash FROM app_user WHERE clinic_id = $1 AND role = 'ADMIN' LIMIT 1), 1, r.since, r.since
       FROM json_to_recordset($2::json) AS r(id uuid, email text, name text, since timestamptz)`,
    [clinicId, json(users)],
  );
  // Inserted as discharged: the trigger gives each couple its first episode, closed now;
  // the closing date is set to when care ended below.
  await manager.query(
    `INSERT INTO couple (id, clinic_id, name, status, in_care_since, created_at, version)
     SELECT r.id, $1, r.name, 'DISCHARGED', r.since, r.since, 1
       FROM json_to_recordset($2::json) AS r(id uuid, name text, since timestamptz)`,
    [clinicId, json(coupleRows)],
  );
  await manager.query(
    `UPDATE care_episode e SET ended_at = r.ended
       FROM json_to_recordset($1::json) AS r(id uuid, ended timestamptz)
      WHERE e.couple_id = r.id AND e.number = 1`,
    [json(coupleRows)],
  );
  await manager.query(
    `INSERT INTO couple_partner (couple_id, client_id, clinic_id, joined_at, left_at)
     SELECT r.couple, r.client, $1, r.since, r.ended
       FROM json_to_recordset($2::json) AS r(couple uuid, client uuid, since timestamptz, ended timestamptz)`,
    [clinicId, json(partners)],
  );
  await manager.query(
    `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary, added_at)
     SELECT r.couple, r.counselor, $1, true, r.since
       FROM json_to_recordset($2::json) AS r(couple uuid, counselor uuid, since timestamptz)`,
    [clinicId, json(teams)],
  );
  await manager.query(
    `INSERT INTO checkin_schedule (id, clinic_id, couple_id, form, every_weeks, created_by, created_at, cancelled_at)
     SELECT r.id, $1, r.couple, 'FULL', 3, r.by, r.since, r.ended
       FROM json_to_recordset($2::json) AS r(id uuid, couple uuid, by uuid, since timestamptz, ended timestamptz)`,
    [clinicId, json(schedules)],
  );
  await insertDemoCheckins(manager, clinicId, checkins);
  return couples.length;
}
