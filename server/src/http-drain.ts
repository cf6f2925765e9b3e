import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * How long no request may arrive before the drain counts the server as quiet. A client that sent
 * a request just before the stop may have its bytes still in its own event loop or the kernel's
 * buffers for a moment; a generous window lets those reach the server and be answered rather than
 * meet a closed connection. (Two 50 ms pauses were too short on two busy cores.)
 */
const QUIET_MS = 1_000;

/**
 * Graceful stop for the HTTP server: stop accepting connections, let the requests in flight
 * (and any that arrive on connections already open) finish, each answered with
 * `Connection: close`, and resolve once none has been in flight or arrived for `QUIET_MS`, or
 * the time is up. Node's own `server.close()` would also drop idle keep-alive connections at
 * once, where a request may already be on its way.
 */
export function drainOnShutdown(server: Server): (timeoutMs: number) => Promise<number> {
  let active = 0;
  let lastArrival = 0;
  let draining = false;
  server.on('request', (_request, response) => {
    active += 1;
    lastArrival = Date.now();
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => (active -= 1));
  });
  return async (timeoutMs) => {
    draining = true;
    NetServer.prototype.close.call(server);
    const stoppedAt = Date.now();
    const deadline = stoppedAt + timeoutMs;
    const quiet = () => active === 0 && Date.now() - Math.max(lastArrival, stoppedAt) >= QUIET_MS;
    while (!quiet() && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    return active;
  };
}
