import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_CLINICS, DEMO_PASSWORD, DemoClinic, demoEmail } from './demo-clinics';

/**
 * Loads the demo clinics once: a clinic that already exists (by its fixed id) is left as it
 * is, so restarts keep whatever people changed. Runs as the owner, inside the migration lock.
 */
export async function seedDemoClinics(owner: DataSource, log: (line: string) => void) {
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  for (const clinic of DEMO_CLINICS) {
    const created = await owner.transaction(async (manager) => {
      const inserted = await manager.query<Array<{ id: string }>>(
        'INSERT INTO clinic (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id',
        [clinic.id, clinic.name],
      );
      if (inserted.length === 0) return false;
      await seedPeople(manager.query.bind(manager), clinic, passwordHash);
      return true;
    });
    if (created) log(`Loaded the demo clinic "${clinic.name}"`);
  }
}

type Query = (sql: string, parameters?: unknown[]) => Promise<Array<Record<string, string>>>;

async function seedPeople(query: Query, clinic: DemoClinic, passwordHash: string) {
  const addUser = async (name: string, role: string, email = demoEmail(name, clinic.domain)) => {
    const [row] = await query(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
      [clinic.id, email, name, role, passwordHash],
    );
    return row.id;
  };
  await addUser(clinic.admin, 'ADMIN', `admin@${clinic.domain}`);
  const counselorIds: string[] = [];
  for (const name of clinic.counselors) counselorIds.push(await addUser(name, 'COUNSELOR'));

  for (const couple of clinic.couples) {
    const [first, second] = couple.partners.map((given) => `${given} ${couple.family}`);
    const partnerIds = [await addUser(first, 'CLIENT'), await addUser(second, 'CLIENT')];
    const [{ id: coupleId }] = await query(
      `INSERT INTO couple (clinic_id, name, in_care_since, version)
       VALUES ($1, $2, now() - make_interval(months => $3), 1) RETURNING id`,
      [
        clinic.id,
        `${couple.partners[0]} & ${couple.partners[1]} ${couple.family}`,
        couple.monthsInCare,
      ],
    );
    for (const clientId of partnerIds) {
      await query(
        `INSERT INTO couple_partner (couple_id, client_id, clinic_id, joined_at)
         SELECT $1, $2, $3, in_care_since FROM couple WHERE id = $1`,
        [coupleId, clientId, clinic.id],
      );
    }
    const primary = counselorIds[couple.primary];
    await query(
      `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)`,
      [coupleId, primary, clinic.id],
    );
    // Some couples share a second counselor, so care teams of more than one show up too.
    const secondary = counselorIds[(couple.primary + 1) % counselorIds.length];
    if (secondary !== primary && couple.monthsInCare >= 6) {
      await query(
        `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, false)`,
        [coupleId, secondary, clinic.id],
      );
    }
  }
}
