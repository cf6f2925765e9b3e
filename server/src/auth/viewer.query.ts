import type { EntityManager } from 'typeorm';
import type { ViewerModel } from './models/viewer.model';

/** The columns of a Viewer, from app_user `u` joined to its clinic `c`. */
export const VIEWER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role,
  json_build_object('id', c.id, 'name', c.name) AS clinic`;

/** One user as the Viewer type, or undefined; row-level security applies on the app role. */
export async function findViewer(
  manager: EntityManager,
  userId: string,
): Promise<ViewerModel | undefined> {
  const [viewer] = await manager.query(
    `SELECT ${VIEWER_COLUMNS} FROM app_user u JOIN clinic c ON c.id = u.clinic_id WHERE u.id = $1`,
    [userId],
  );
  return viewer;
}
