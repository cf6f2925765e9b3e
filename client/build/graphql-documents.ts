import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';
import { loadGeneratedDocuments } from './generated-documents';

/** A `graphql(`…`)` call of the client preset (its documents never interpolate). */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;
const VIRTUAL = '\0tandem-graphql-document:';

/** The name codegen gives the document: `CaseloadDocument`, `TrendsFieldsFragmentDoc`. */
function documentName(source: string): string {
  const [definition] = parse(source).definitions;
  if (definition?.kind === Kind.OPERATION_DEFINITION && definition.name) {
    const name = definition.name.value;
    return `${name[0].toUpperCase()}${name.slice(1)}Document`;
  }
  if (definition?.kind === Kind.FRAGMENT_DEFINITION) {
    return `${definition.name.value}FragmentDoc`;
  }
  throw new Error(`Name every GraphQL document: ${source.slice(0, 60)}`);
}

/**
 * Replaces each `graphql(`…`)` call with an import of that one document, in a module of its
 * own holding the AST codegen generated for it. With the client preset as it is, `graphql()`
 * looks documents up in a map of every operation keyed by its source text, so the entry chunk
 * carried every document of every role (and its text twice); now a document travels with the
 * page that uses it. Types still come from the generated files; only the runtime changes.
 */
export function graphqlDocuments(generatedDir: string): Plugin {
  const generated = resolve(generatedDir, 'graphql.ts');
  // Loaded again only when codegen has rewritten the module (the dev server outlives a run).
  let loaded: { modifiedAt: number; documents: Promise<Map<string, DocumentNode>> } | undefined;
  const documentAst = async (name: string): Promise<DocumentNode> => {
    const modifiedAt = statSync(generated).mtimeMs;
    if (loaded?.modifiedAt !== modifiedAt) {
      loaded = { modifiedAt, documents: loadGeneratedDocuments(generatedDir) };
    }
    const document = (await loaded.documents).get(name);
    if (!document) {
      throw new Error(`${name} is not in ${generated}: run npm run codegen -w client`);
    }
    return document;
  };
  return {
    name: 'tandem-graphql-documents',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      return `export const ${name} = ${JSON.stringify(await documentAst(name))};`;
    },
    transform(code, id) {
      if (
        !/\.tsx?$/.test(id) ||
        id.startsWith(resolve(generatedDir)) ||
        !code.includes('graphql(`')
      ) {
        return null;
      }
      const names = new Set<string>();
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = documentName(source);
        names.add(name);
        return name;
      });
      const imports = [...names].map((name) => `import { ${name} } from '${VIRTUAL}${name}';\n`);
      return { code: imports.join('') + replaced, map: null };
    },
  };
}
