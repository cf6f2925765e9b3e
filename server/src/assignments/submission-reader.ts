import { Injectable } from '@nestjs/common';
import { Sql } from '../database/sql';
import { commentsOfSubmissions, submissionsByIds } from './assignments.queries';
import { SubmissionModel } from './models/submission.model';

/** Loads submissions with their comments, in two statements whatever their number. */
@Injectable()
export class SubmissionReader {
  constructor(private readonly sql: Sql) {}

  async byIds(
    ids: string[],
    { withComments }: { withComments: boolean },
  ): Promise<Map<string, SubmissionModel>> {
    const found = new Map<string, SubmissionModel>();
    if (ids.length === 0) return found;
    const rows = await this.sql.rows(submissionsByIds, [ids]);
    for (const row of rows) found.set(row.id, { ...row, comments: withComments ? [] : null });
    if (withComments) {
      const comments = await this.sql.rows(commentsOfSubmissions, [ids]);
      for (const { submissionId, ...comment } of comments)
        found.get(submissionId)?.comments?.push(comment);
    }
    return found;
  }

  async byId(id: string, options: { withComments: boolean }): Promise<SubmissionModel> {
    const submission = (await this.byIds([id], options)).get(id);
    if (!submission) throw new Error(`Submission ${id} vanished inside its own transaction`);
    return submission;
  }
}
