import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api },
  },
  // The entry chunk is ~165 KB gzip (React, Apollo, Mantine, router); role pages are split off.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
});
