import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    graphqlDocuments(fileURLToPath(new URL('./src/graphql/generated', import.meta.url))),
    react(),
  ],
  // The shared rules as TypeScript source, so the bundle gets ES modules, not the CommonJS build.
  resolve: {
    alias: { '@tandem/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api },
  },
  // What a first visit loads (entry and preloads) is ~197 KB gzip: React, Apollo, Mantine and
  // the router. Role pages, their GraphQL documents and the websocket client are split off.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
});
