import { resolve } from 'node:path';
import { Kind, print, type DocumentNode } from 'graphql';
import { runnerImport } from 'vite';

/**
 * Every document codegen generated (`CaseloadDocument`, `TrendsFieldsFragmentDoc`), by export
 * name: the objects of the generated module itself, loaded through Vite's module runner, so
 * what is built from them is exactly what the client sends, not a reading of its source text.
 */
export async function loadGeneratedDocuments(
  generatedDir: string,
): Promise<Map<string, DocumentNode>> {
  const { module } = await runnerImport<Record<string, unknown>>(
    resolve(generatedDir, 'graphql.ts'),
  );
  return new Map(
    Object.entries(module).filter((entry): entry is [string, DocumentNode] => {
      const value = entry[1] as Partial<DocumentNode> | null;
      return typeof value === 'object' && value?.kind === Kind.DOCUMENT;
    }),
  );
}

/** Each named operation's text, by operation name: the `query` of a request that sends it. */
export function operationTexts(documents: Map<string, DocumentNode>): Record<string, string> {
  const texts: Array<[string, string]> = [];
  for (const document of documents.values()) {
    const [definition] = document.definitions;
    if (definition?.kind === Kind.OPERATION_DEFINITION && definition.name) {
      texts.push([definition.name.value, print(document)]);
    }
  }
  return Object.fromEntries(texts.sort(([a], [b]) => (a < b ? -1 : 1)));
}
