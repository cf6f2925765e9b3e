import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { loadGeneratedDocuments, operationTexts } from './build/generated-documents';

const GENERATED = fileURLToPath(new URL('./src/graphql/generated', import.meta.url));

/** Typed operations from the committed API schema: no hand-written GraphQL types. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  hooks: {
    // operations.json: the text of every operation, for the benchmark, which sends the same
    // requests as the dashboard but cannot compile the client's modules.
    afterAllFileWrite: async () => {
      const texts = operationTexts(await loadGeneratedDocuments(GENERATED));
      await writeFile(resolve(GENERATED, 'operations.json'), `${JSON.stringify(texts, null, 2)}\n`);
    },
  },
};

export default config;
