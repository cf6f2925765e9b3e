import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // The shared rules as TypeScript source, so the bundle gets ES modules, not the CommonJS build.
  resolve: {
    alias: { '@tandem/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api },
  },
  // The entry chunk is ~165 KB gzip (React, Apollo, Mantine, router); role pages are split off.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
});
