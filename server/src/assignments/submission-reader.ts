import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { CommentModel, SubmissionModel } from './models/submission.model';

/** Loads submissions with their comments, in two statements whatever their number. */
@Injectable()
export class SubmissionReader {
  constructor(private readonly context: RequestContext) {}

  async byIds(
    ids: string[],
    { withComments }: { withComments: boolean },
  ): Promise<Map<string, SubmissionModel>> {
    const found = new Map<string, SubmissionModel>();
    if (ids.length === 0) return found;
    const manager = this.context.manager;
    const rows: SubmissionModel[] = await manager.query(
      `SELECT s.id, s.client_id AS "clientId", u.display_name AS "authorName", s.status, s.sharing,
              s.answers, s.updated_at AS "updatedAt", s.submitted_at AS "submittedAt"
         FROM submission s LEFT JOIN app_user u ON u.id = s.client_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) found.set(row.id, { ...row, comments: withComments ? [] : null });
    if (withComments) {
      const comments: Array<CommentModel & { submissionId: string }> = await manager.query(
        `SELECT c.id, c.submission_id AS "submissionId", u.display_name AS "authorName", c.body,
                c.created_at AS "createdAt"
           FROM submission_comment c JOIN app_user u ON u.id = c.author_id
          WHERE c.submission_id = ANY($1::uuid[])
          ORDER BY c.created_at, c.id`,
        [ids],
      );
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
