// Builds the renderer once and serves it on 127.0.0.1 for every end-to-end test file.
import { resolve } from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { rendererConfig } from '../../../electron.vite.config'
import { startWebServer } from '../../../scripts/web-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== '1') await build({ ...rendererConfig, configFile: false, logLevel: 'warn' })
  const server = await startWebServer({ root: resolve(import.meta.dirname, '../../../out/renderer') })
  project.provide('baseUrl', server.url)
  return () => server.close()
}
