import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      // better-sqlite3-multiple-ciphers and argon2 are native: they stay in node_modules.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve('src/main/electron/main.ts'),
          'backend-worker': resolve('src/main/backend/worker.ts'),
          web: resolve('src/main/web/web-main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything, emit CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    build: {
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
})
