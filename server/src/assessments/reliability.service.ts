import { Injectable } from '@nestjs/common';
import {
  CheckinForm,
  CHECKIN_INSTRUMENTS,
  type ChangeReference,
  type ScoreKey,
} from '@tandem/shared';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import type { CheckinFormKind } from './checkin-schedule.entity';
import type { ScoreReferenceModel } from './models/checkin.models';
import { clinicReferences } from './reference-estimate';
import { intakeResponses, newestFullResponse } from './reliability.queries';

/** The newest clients per instrument version an estimate reads, to keep it bounded. */
const MAX_CLIENTS = 5000;
/** An estimate is made again after this long even if no newer response arrived. */
const MAX_ESTIMATE_AGE_MS = 10 * 60_000;

/** A score's reference: what the API reports, and what reliable change is read against. */
export type ScoreReference = ScoreReferenceModel & ChangeReference;

/** Every reference of a clinic, by instrument version, form and key. */
export interface ReferenceBook {
  /** All of them: each instrument version × form × key. */
  readonly all: readonly ScoreReference[];
  /** One score's reference; throws on an instrument version that does not exist. */
  of(version: number, form: CheckinForm | CheckinFormKind, key: ScoreKey): ScoreReference;
}

interface Estimate {
  newest: string | null;
  madeAt: number;
  book: ReferenceBook;
}

/**
 * What each score is read against, for every part of Tandem that judges change (trends, the
 * caseload, clinic outcomes), so they agree: cut-offs a, b and c from the instrument's
 * provisional norms, and the SD and reliability for reliable change — the clinic's own
 * estimate from its intake sample where it is good enough, the instrument's default otherwise
 * (see clinicReferences for the rules).
 *
 * Estimating reads every client's intake response, so each clinic's estimate is kept until a
 * newer full response exists (one index probe per request tells) or it is ten minutes old (a
 * response committed out of order, another replica's).
 */
@Injectable()
export class ReliabilityService {
  private readonly estimates = new Map<string, Estimate>();

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
  ) {}

  /** The signed-in actor's clinic's references. */
  async book(): Promise<ReferenceBook> {
    const clinicId = this.context.requiredActor.clinicId;
    const { newest } = await this.sql.one(newestFullResponse, []);
    const known = this.estimates.get(clinicId);
    if (known && known.newest === newest && Date.now() - known.madeAt < MAX_ESTIMATE_AGE_MS) {
      return known.book;
    }
    const book = await this.estimate();
    this.estimates.set(clinicId, { newest, madeAt: Date.now(), book });
    return book;
  }

  /** Every reference (each version, form and key), for the API. */
  async references(): Promise<ScoreReference[]> {
    return [...(await this.book()).all];
  }

  /** One score's reference. */
  async referenceFor(
    version: number,
    form: CheckinForm | CheckinFormKind,
    key: ScoreKey,
  ): Promise<ScoreReference> {
    return (await this.book()).of(version, form, key);
  }

  private async estimate(): Promise<ReferenceBook> {
    const rows = await this.sql.rows(intakeResponses, [MAX_CLIENTS]);
    const all = CHECKIN_INSTRUMENTS.flatMap((instrument) =>
      clinicReferences(
        instrument,
        rows.filter((row) => row.version === instrument.version).map((row) => row.answers),
      ),
    );
    const byId = new Map(
      all.map((entry) => [idOf(entry.instrumentVersion, entry.form, entry.key), entry]),
    );
    return {
      all,
      of(version, form, key) {
        const found = byId.get(idOf(version, form, key));
        if (!found) {
          throw new Error(`No reference for ${key} on the ${form} form of version ${version}.`);
        }
        return found;
      },
    };
  }
}

function idOf(version: number, form: string, key: string): string {
  return `${version}:${form}:${key}`;
}
