import type { PgType, ValueOf } from './pg-type';

type ParamTypes = readonly PgType<unknown>[];
type RowTypes = Readonly<Record<string, PgType<unknown>>>;

/** The values a statement's parameters take, in order. */
export type ParamsOf<Types extends ParamTypes> = {
  -readonly [K in keyof Types]: ValueOf<Types[K]>;
};
/** The row a statement's declared columns make. */
export type RowOf<Types extends RowTypes> = { -readonly [K in keyof Types]: ValueOf<Types[K]> };

/**
 * One SQL statement with the types of its parameters and of the columns it returns. The
 * declaration is checked against the migrated schema by `statements.spec.ts`, which asks
 * PostgreSQL to describe every statement without running it.
 */
export interface Statement<Params extends unknown[], Row> {
  readonly name: string;
  readonly text: string;
  readonly params: ParamTypes;
  readonly row: RowTypes;
  /** Never set: carries the parameter and row types for inference. */
  readonly types?: { params: Params; row: Row };
}

export type AnyStatement = Statement<unknown[], unknown>;

const registry = new Map<string, AnyStatement>();

/**
 * Declares a statement. Names are unique (`module.what`), so a failing check names the one
 * statement whose declaration and schema disagree.
 */
export function statement<
  const Params extends ParamTypes,
  const Row extends RowTypes = Record<never, PgType<unknown>>,
>(declaration: {
  name: string;
  text: string;
  params: Params;
  row?: Row;
}): Statement<ParamsOf<Params>, RowOf<Row>> {
  if (registry.has(declaration.name)) {
    throw new Error(`Two statements are named ${declaration.name}`);
  }
  const declared: AnyStatement = {
    name: declaration.name,
    text: declaration.text,
    params: declaration.params,
    row: declaration.row ?? {},
  };
  registry.set(declared.name, declared);
  return declared as Statement<ParamsOf<Params>, RowOf<Row>>;
}

/** Every statement declared by the modules loaded so far. */
export function declaredStatements(): AnyStatement[] {
  return [...registry.values()];
}
