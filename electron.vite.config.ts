import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@sim': resolve(__dirname, 'src/main/sim'),
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: {
          // Electron's main process.
          index: resolve(__dirname, 'src/main/index.ts'),
          // Web mode: the same service over HTTP on 127.0.0.1.
          web: resolve(__dirname, 'src/main/web/main.ts'),
          // The simulator's worker thread, used by both.
          'sim-worker': resolve(__dirname, 'src/main/runner/sim-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [vue()],
  },
})
