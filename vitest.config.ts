// Unit tests: Node (shared code, the store over fake-indexeddb, main's pure parts) and jsdom (components).
// End-to-end tests run separately (`npm run test:e2e`) against the built renderer in Chromium.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/renderer/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/node.ts'],
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/renderer/src/**/*.test.tsx'],
          testTimeout: 30_000,
          setupFiles: ['src/renderer/src/testing/setup.ts'],
        },
      },
    ],
  },
})
