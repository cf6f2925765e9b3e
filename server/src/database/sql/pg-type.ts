/**
 * A PostgreSQL type as a statement declares it: the name PostgreSQL reports for a column or a
 * parameter (`pg_type.typname`, arrays with their leading underscore), whether it may be null,
 * and, for TypeScript only, the value `pg` hands back for it.
 */
export interface PgType<T> {
  readonly typname: string;
  readonly nullable: boolean;
  /** Never set: carries the value type for inference. */
  readonly value?: T;
}

/** A type that is not null, with the same type that may also be null. */
export interface PgColumnType<T> extends PgType<T> {
  readonly orNull: PgType<T | null>;
}

function type<T>(typname: string): PgColumnType<T> {
  return { typname, nullable: false, orNull: { typname, nullable: true } };
}

/** The value of a declared type. */
export type ValueOf<Type> = Type extends PgType<infer T> ? T : never;

/**
 * The types statements declare, with the JavaScript value node-postgres gives each (its default
 * parsers: `int8` and `numeric` stay strings so no precision is lost). A type joins this list
 * when a statement first needs it.
 */
export const pg = {
  uuid: type<string>('uuid'),
  text: type<string>('text'),
  varchar: type<string>('varchar'),
  int2: type<number>('int2'),
  int4: type<number>('int4'),
  int8: type<string>('int8'),
  float8: type<number>('float8'),
  numeric: type<string>('numeric'),
  bool: type<boolean>('bool'),
  timestamptz: type<Date>('timestamptz'),
  inet: type<string>('inet'),
  bytea: type<Buffer>('bytea'),
  uuidArray: type<string[]>('_uuid'),
  textArray: type<string[]>('_text'),
  timestamptzArray: type<Date[]>('_timestamptz'),
  /** JSON built by the statement: `T` is what the statement's SQL promises to build. */
  json: <T>() => type<T>('json'),
  jsonb: <T>() => type<T>('jsonb'),
  /** A PostgreSQL enum type, e.g. `pg.enum<Role>('user_role')`. */
  enum: <T extends string>(typname: string) => type<T>(typname),
  /** An array of a PostgreSQL enum type. */
  enumArray: <T extends string>(typname: string) => type<T[]>(`_${typname}`),
} as const;
