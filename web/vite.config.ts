import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The web compiles common's TypeScript source directly, so it never waits for `tsc -b common`.
    alias: { '@yuqing/common': path.resolve(import.meta.dirname, '../common/src/index.ts') },
  },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // The shell needs most of Ant Design (layout, menu, forms, modals) before any page shows; the pages are split.
    chunkSizeWarningLimit: 1100,
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
