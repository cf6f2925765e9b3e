import { EnvironmentError, loadEnvironment } from './environment';

describe('loadEnvironment', () => {
  it('gives working defaults for a local start', () => {
    const environment = loadEnvironment({});
    expect(environment).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      RUN_MIGRATIONS: true,
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_HOURS: 12,
    });
    expect(environment.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and booleans from strings', () => {
    const environment = loadEnvironment({ PORT: '4100', DEMO_DATA: 'false', TRUST_PROXY: 'true' });
    expect(environment).toMatchObject({ PORT: 4100, DEMO_DATA: false, TRUST_PROXY: true });
  });

  it('names every bad variable on a line of its own, without showing secrets', () => {
    let error: EnvironmentError | undefined;
    try {
      loadEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud', APP_DATABASE_PASSWORD: 'short' });
    } catch (caught) {
      error = caught as EnvironmentError;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    expect(error!.problems).toHaveLength(3);
    expect(error!.problems.find((line) => line.startsWith('PORT='))).toMatch(/integer/);
    expect(error!.problems.find((line) => line.startsWith('LOG_LEVEL='))).toMatch(/one of/);
    expect(error!.message).not.toContain('short');
  });

  it('requires a real database and app password in production', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: required[\s\S]*APP_DATABASE_PASSWORD: required/,
    );
  });

  it('refuses the access-policy bypass outside tests', () => {
    expect(() => loadEnvironment({ TEST_BYPASS_ACCESS_POLICY: 'true' })).toThrow(
      /TEST_BYPASS_ACCESS_POLICY: only allowed when NODE_ENV=test/,
    );
    expect(
      loadEnvironment({ NODE_ENV: 'test', TEST_BYPASS_ACCESS_POLICY: 'true' })
        .TEST_BYPASS_ACCESS_POLICY,
    ).toBe(true);
  });
});
