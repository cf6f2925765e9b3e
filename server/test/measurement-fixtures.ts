import type { Client } from 'pg';

/**
 * Check-in histories written straight into a test database (as the owner, past row-level
 * security), for the caseload and clinic-outcome specs: a clinic of their own (so no demo couple
 * joins the comparisons), couples with their care team, full and pulse check-ins with their
 * scores at chosen times, discharges and reopenings. Times are days before `t0`, fixed once, so
 * "7 days apart" is exactly that whatever the statements' own clocks say.
 */
export interface Scores {
  /** Full-form index; the pulse index of the same check-in defaults to it. */
  index: number;
  risk?: number;
  pulse?: number;
}

export interface CheckinAt extends Partial<Scores> {
  /** Days before t0. */
  ago: number;
  form?: 'FULL' | 'PULSE';
  straightLined?: boolean;
}

const DAY_MS = 86_400_000;

export class MeasurementFixtures {
  readonly t0 = Date.now();
  private made = 0;
  clinic = '';
  /** The clinic's first counselor: schedules are made by them. */
  private scheduler = '';

  constructor(
    private readonly owner: Client,
    private readonly tag: string,
  ) {}

  at(daysAgo: number): Date {
    return new Date(this.t0 - daysAgo * DAY_MS);
  }

  private async id(sql: string, params: unknown[]): Promise<string> {
    return (await this.owner.query(sql, params)).rows[0].id as string;
  }

  async createClinic(name: string): Promise<string> {
    this.clinic = await this.id('INSERT INTO clinic (name) VALUES ($1) RETURNING id', [name]);
    return this.clinic;
  }

  /** A user of the clinic who signs in with the demo password. */
  async staff(email: string, displayName: string, role: 'COUNSELOR' | 'ADMIN'): Promise<string> {
    const id = await this.id(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       SELECT $1, $2, $3, $4, password_hash, 1 FROM app_user WHERE email = 'maya.okafor@riverbend.example'
       RETURNING id`,
      [this.clinic, email, displayName, role],
    );
    if (role === 'COUNSELOR' && !this.scheduler) this.scheduler = id;
    return id;
  }

  async client(displayName: string): Promise<string> {
    this.made += 1;
    return this.id(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       VALUES ($1, $2, $3, 'CLIENT', 'x', 1) RETURNING id`,
      [this.clinic, `${this.tag}.${this.made}@measurement.example`, displayName],
    );
  }

  /**
   * An active couple in care since `inCareDaysAgo`, with `counselor` as primary (or no care
   * team), of the given clients (new ones named after the couple when not given).
   */
  async couple(
    name: string,
    options: { counselor?: string | null; inCareDaysAgo?: number; people?: string[] } = {},
  ): Promise<{ id: string; people: string[]; schedule: string }> {
    const people = options.people ?? [
      await this.client(`${name} One`),
      await this.client(`${name} Two`),
    ];
    const id = await this.id(
      `INSERT INTO couple (clinic_id, name, in_care_since, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [this.clinic, name, this.at(options.inCareDaysAgo ?? 140)],
    );
    for (const person of people) {
      await this.owner.query(
        'INSERT INTO couple_partner (couple_id, client_id, clinic_id) VALUES ($1, $2, $3)',
        [id, person, this.clinic],
      );
    }
    if (options.counselor) {
      await this.owner.query(
        'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)',
        [id, options.counselor, this.clinic],
      );
    }
    const schedule = await this.id(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       VALUES ($1, $2, 'FULL', 4, $3) RETURNING id`,
      [this.clinic, id, this.scheduler],
    );
    return { id, people, schedule };
  }

  /**
   * A submitted check-in of instrument version 2 with its score rows: a full one is scored on
   * the full form (index, codependence risk) and on the pulse items (pulse index); a pulse one
   * on the pulse form only.
   */
  async checkin(
    couple: { id: string; schedule: string },
    client: string,
    taken: CheckinAt,
  ): Promise<string> {
    const form = taken.form ?? 'FULL';
    const when = this.at(taken.ago);
    const checkin = await this.id(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, submitted_at, straight_lined)
       VALUES ($1, $2, $3, $4, $5, 2, $6, $6, $7) RETURNING id`,
      [this.clinic, couple.schedule, couple.id, client, form, when, taken.straightLined ?? false],
    );
    const rows: Array<[string, string, number]> =
      form === 'FULL'
        ? [
            ['FULL', 'INDEX', taken.index!],
            ['FULL', 'CODEPENDENCE_RISK', taken.risk ?? 30],
            ['PULSE', 'INDEX', taken.pulse ?? taken.index!],
          ]
        : [['PULSE', 'INDEX', taken.pulse ?? taken.index!]];
    for (const [scoreForm, key, score] of rows) {
      await this.owner.query(
        `INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
         VALUES ($1, $2, $3, 2, $4, $5, $6, $7, $8)`,
        [checkin, scoreForm, key, this.clinic, couple.id, client, score, when],
      );
    }
    return checkin;
  }

  /** Full check-ins of one client at the given (days ago, index) points. */
  async series(
    couple: { id: string; schedule: string },
    client: string,
    points: Array<[number, number]>,
    last: Partial<CheckinAt> = {},
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, [ago, index]] of points.entries()) {
      ids.push(
        await this.checkin(couple, client, {
          ago,
          index,
          ...(i === points.length - 1 ? last : {}),
        }),
      );
    }
    return ids;
  }

  /** A check-in owed and not taken, due `daysAgo` before t0. */
  async missedCheckin(couple: { id: string; schedule: string }, client: string, daysAgo: number) {
    await this.owner.query(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
       VALUES ($1, $2, $3, $4, 'FULL', 2, $5)`,
      [this.clinic, couple.schedule, couple.id, client, this.at(daysAgo)],
    );
  }

  /** An exercise due `hoursAgo` before now, for one client or (null) both partners. */
  async overdueExercise(
    couple: { id: string },
    counselor: string,
    hoursAgo: number,
    client: string | null = null,
  ) {
    const assignment = await this.id(
      `INSERT INTO assignment (clinic_id, couple_id, client_id, exercise_version_id, assigned_by)
       SELECT $1, $2, $3, v.id, $4 FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id
        WHERE e.slug = 'values-inventory' RETURNING id`,
      [this.clinic, couple.id, client, counselor],
    );
    await this.owner.query(
      `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
       VALUES ($1, $2, 1, now() - make_interval(hours => $3))`,
      [this.clinic, assignment, hoursAgo],
    );
  }

  /** An unresolved safety alert on a client's check-in. */
  async safetyAlert(couple: { id: string }, client: string, checkin: string) {
    await this.owner.query(
      `INSERT INTO safety_alert (clinic_id, couple_id, client_id, checkin_id) VALUES ($1, $2, $3, $4)`,
      [this.clinic, couple.id, client, checkin],
    );
  }

  /** Discharges a couple as the service does (its partners leave; the trigger ends the episode). */
  async discharge(couple: { id: string }) {
    await this.owner.query(
      "UPDATE couple SET status = 'DISCHARGED', version = version + 1 WHERE id = $1",
      [couple.id],
    );
    await this.owner.query(
      'UPDATE couple_partner SET left_at = now() WHERE couple_id = $1 AND left_at IS NULL',
      [couple.id],
    );
  }

  /** Reopens a discharged couple (the trigger starts the next episode now). */
  async reopen(couple: { id: string }) {
    await this.owner.query(
      "UPDATE couple SET status = 'ACTIVE', version = version + 1 WHERE id = $1",
      [couple.id],
    );
    await this.owner.query('UPDATE couple_partner SET left_at = NULL WHERE couple_id = $1', [
      couple.id,
    ]);
  }

  /** Moves an episode's dates into the past, so a history can be written around them. */
  async episodeDates(
    couple: { id: string },
    number: number,
    startedDaysAgo: number,
    endedDaysAgo: number | null,
  ) {
    await this.owner.query(
      'UPDATE care_episode SET started_at = $3, ended_at = $4 WHERE couple_id = $1 AND number = $2',
      [
        couple.id,
        number,
        this.at(startedDaysAgo),
        endedDaysAgo === null ? null : this.at(endedDaysAgo),
      ],
    );
  }
}
