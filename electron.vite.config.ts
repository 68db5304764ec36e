// Build configuration for the three Electron processes. The renderer is also built on its own for the
// browser (`npm run web`), from the same `rendererConfig`, so both hosts run exactly the same bundle.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin, UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/shared/security/csp'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
}

/** Writes the one CSP into index.html at build time (the dev server, which needs inline scripts for hot
 * reload, gets none; the Electron protocol handler and the web server send it as a header as well). */
function cspMeta(): Plugin {
  return {
    name: 'desk-csp-meta',
    transformIndexHtml(html, ctx) {
      if (ctx.server) return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      // frame-ancestors is ignored (with a warning) in a <meta> policy; the header carries it.
      const policy = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ')
      return html.replace('%DESK_CSP%', policy)
    },
  }
}

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }

export const rendererConfig: UserConfig = {
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: { alias },
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    chunkSizeWarningLimit: 4096,
    // Fonts are large; never inline them as data: URLs (the CSP has no data: for fonts).
    assetsInlineLimit: (file) => (file.endsWith('.ttf') ? false : undefined),
  },
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: { outDir: 'out/main' },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may only require('electron'): bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig,
})
