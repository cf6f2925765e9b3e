import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const SOURCE = resolve(__dirname, '../src');

/** Folders whose SQL is not a module's own: migrations, seeders, tooling, the statement runner. */
const NOT_MODULES = new Set(['database', 'demo']);

/**
 * The policy decides who reaches which record, so it reads the scope of every record; that is
 * its job, not a leak. Every other module reads another module's tables only through SQL that
 * module exports.
 */
const READS_EVERY_TABLE = new Set(['access']);

function files(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const moduleOf = (path: string) => relative(SOURCE, path).split(sep)[0];

/** Each table's owner: the module whose TypeORM entity (kept for migrations) declares it. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>([['login_rate_limit', 'auth']]);
  for (const path of files(SOURCE, (name) => name.endsWith('.entity.ts'))) {
    for (const match of readFileSync(path, 'utf8').matchAll(/@Entity\(\{ name: '([a-z_]+)'/g)) {
      owners.set(match[1]!, moduleOf(path));
    }
  }
  return owners;
}

/** Tables a source file names in SQL it writes itself (imported fragments are not its text). */
function tablesNamedIn(source: string, known: Map<string, string>): Set<string> {
  const named = new Set<string>();
  for (const match of source.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b/g)) {
    if (known.has(match[1]!)) named.add(match[1]!);
  }
  return named;
}

describe('each module owns its SQL', () => {
  const owners = tableOwners();
  const serverFiles = files(
    SOURCE,
    (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.entity.ts'),
  ).filter((path) => !NOT_MODULES.has(moduleOf(path)));

  it('knows the owner of every table', () => {
    expect(owners.get('app_user')).toBe('accounts');
    expect(owners.get('couple')).toBe('couples');
    expect(owners.size).toBeGreaterThan(20);
  });

  it("names another module's table only through SQL that module exports", () => {
    const leaks: string[] = [];
    for (const path of serverFiles) {
      const module = moduleOf(path);
      if (READS_EVERY_TABLE.has(module)) continue;
      for (const table of tablesNamedIn(readFileSync(path, 'utf8'), owners)) {
        if (owners.get(table) !== module) {
          leaks.push(`${relative(SOURCE, path)} names ${table} (owned by ${owners.get(table)})`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps SQL in *.queries.ts files, out of services and resolvers', () => {
    const misplaced = serverFiles
      .filter((path) => !path.endsWith('.queries.ts'))
      .filter((path) => tablesNamedIn(readFileSync(path, 'utf8'), owners).size > 0)
      .map((path) => relative(SOURCE, path));
    expect(misplaced).toEqual([]);
  });
});
