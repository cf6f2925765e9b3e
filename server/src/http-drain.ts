import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Graceful stop for the HTTP server: stop accepting connections, let the requests in flight
 * (and any that arrive on connections already open) finish, each answered with
 * `Connection: close`, and resolve once none is left or the time is up. Node's own
 * `server.close()` would also drop idle keep-alive connections at once, where a request may
 * already be on its way.
 */
export function drainOnShutdown(server: Server): (timeoutMs: number) => Promise<number> {
  let active = 0;
  let draining = false;
  server.on('request', (_request, response) => {
    active += 1;
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => (active -= 1));
  });
  return async (timeoutMs) => {
    draining = true;
    NetServer.prototype.close.call(server);
    const deadline = Date.now() + timeoutMs;
    const pause = () => new Promise((done) => setTimeout(done, 50));
    // Quiet twice in a row: a request already on its way over an open connection gets in.
    do {
      while (active > 0 && Date.now() < deadline) await pause();
      await pause();
    } while (active > 0 && Date.now() < deadline);
    return active;
  };
}
