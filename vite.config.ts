// Browser-only build of the renderer (used by the end-to-end suite and screenshots);
// electron-vite ignores this file.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true }
})
