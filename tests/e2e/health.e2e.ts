import { baseUrl } from '../support/paths';

describe('health probes', () => {
  test.each(['/health/live', '/health/ready'])('%s answers 200 from the API', async (path) => {
    const response = await fetch(`${baseUrl()}${path}`, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    // Not the dashboard's index.html fallback answering in the probe's place.
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
