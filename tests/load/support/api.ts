import { startServer, type ServerProcess } from '../../../bench/src/server-process';

export const LOAD_APP_PASSWORD = 'tandem-load-app-only';

export type ApiProcess = ServerProcess;

/** An API replica on the load database, as in production; replicas share one log. */
export function startApi(ownerUrl: string, logFile: string): Promise<ApiProcess> {
  return startServer({ ownerUrl, appPassword: LOAD_APP_PASSWORD, logFile, appendLog: true });
}
