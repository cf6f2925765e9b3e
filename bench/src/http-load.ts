import autocannon from 'autocannon';
import type { Extent, Sample } from './latency';

export interface HttpTarget {
  /** Headers of every request (the session cookie, the content type). */
  headers: Record<string, string>;
  /** The GraphQL request body: the same each time, or a new one per request (writes). */
  body: string | (() => string);
}

/**
 * `connections` keep-alive connections sending POST /graphql back to back for a time or a
 * number of requests,
 * through autocannon. Each latency is taken from its 'response' event (high resolution);
 * a response that is not 200 or carries GraphQL errors counts as a failure.
 */
export async function httpLoad(
  url: string,
  target: HttpTarget,
  connections: number,
  extent: Extent,
): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  const body = target.body;
  const started = process.hrtime.bigint();
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((done, fail) => {
    instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        ...('seconds' in extent ? { duration: extent.seconds } : { amount: extent.requests }),
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: target.headers,
            ...(typeof body === 'string'
              ? { body }
              : { setupRequest: (request: object) => ({ ...request, body: body() }) }),
            onResponse: (status: number, responseBody: string) => {
              if (status !== 200 || responseBody.includes('"errors"')) failures += 1;
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await finished;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    latencies,
    seconds: elapsed,
    failures: failures + result.errors + result.timeouts,
  };
}
