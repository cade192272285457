import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The web app is built into dist/web, which the Fastify server serves (index.html
// for any unknown non-API path, so the browser router owns those URLs).
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // ECharts alone is ~560 kB; it is its own chunk, loaded with the first page that draws a chart.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: the API runs on its own port.
    proxy: { '/api': process.env.WAYMARK_API_URL ?? 'http://127.0.0.1:8080' },
  },
});
