import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is served by the Jixiao server from web/dist; `npm run dev:web` style proxying is not needed
// for the build. The core's pure modules (money) are imported from ../src.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
