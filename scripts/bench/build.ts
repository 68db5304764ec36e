// Builds what the benchmark serves: the app's renderer (exactly as shipped) and the reference page.
import { resolve } from 'node:path'
import { build } from 'vite'
import { rendererConfig } from '../../electron.vite.config'

const root = resolve(import.meta.dirname, '../..')

export async function buildForBench(skipApp: boolean): Promise<{ app: string; bench: string }> {
  const app = resolve(root, 'out/renderer')
  const bench = resolve(root, 'out/bench')
  if (!skipApp) await build({ ...rendererConfig, configFile: false, logLevel: 'warn' })
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(root, 'bench'),
    base: './',
    resolve: rendererConfig.resolve,
    worker: { format: 'es' },
    build: { outDir: bench, emptyOutDir: true, target: 'chrome140' },
  })
  return { app, bench }
}
