import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Every environment variable the server reads. The README's table mirrors this class. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsString()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12)
  APP_DATABASE_PASSWORD?: string;

  @IsOptional()
  @IsString()
  TANDEM_DATA_DIR?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  @Transform(toBoolean)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsOptional()
  @IsString()
  CLIENT_DIST_DIR?: string;

  /** smtp(s)://user:password@host:port; without it, invitation links are only shown to copy. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'] })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Tandem <no-reply@tandem.invalid>';

  /** Where people reach the dashboard; invitation links point here. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** Sign-in attempts one IP address may make in 15 minutes, whatever their outcome. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100_000)
  SIGN_IN_ATTEMPTS_PER_IP = 30;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Connections of the application role's pool, per replica. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  /**
   * Tests only: the access policy lets every actor reach every record of their own clinic, so a
   * test can show that row-level security alone still keeps clinics apart. Refused at start
   * unless NODE_ENV=test.
   */
  @Transform(toBoolean)
  @IsBoolean()
  TEST_BYPASS_ACCESS_POLICY = false;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and checks the environment once at start. Each bad variable yields one line that
 * names it and says what is expected, so an operator can fix them all in one go.
 */
export function loadEnvironment(source: NodeJS.ProcessEnv): Environment {
  const known = Object.keys(new Environment()).concat(
    'DATABASE_URL',
    'APP_DATABASE_PASSWORD',
    'TANDEM_DATA_DIR',
    'DEMO_DATA',
    'CLIENT_DIST_DIR',
    'PUBLIC_URL',
    'SMTP_URL',
  );
  const relevant = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => known.includes(key) && value !== undefined),
  );
  const environment = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const problems = validateSync(environment, { skipMissingProperties: false }).map((error) => {
    const shown = error.property.includes('PASSWORD') ? '(hidden)' : JSON.stringify(error.value);
    const expected = Object.values(error.constraints ?? {}).join('; ');
    return `${error.property}=${shown}: ${expected}`;
  });
  if (environment.NODE_ENV === 'production') {
    if (!environment.DATABASE_URL) {
      problems.push('DATABASE_URL: required when NODE_ENV=production (no embedded database)');
    }
    if (!environment.APP_DATABASE_PASSWORD) {
      problems.push('APP_DATABASE_PASSWORD: required when NODE_ENV=production');
    }
  }
  if (environment.TEST_BYPASS_ACCESS_POLICY && environment.NODE_ENV !== 'test') {
    problems.push('TEST_BYPASS_ACCESS_POLICY: only allowed when NODE_ENV=test');
  }
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment;
}
