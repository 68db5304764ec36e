// `npm run web`: builds the renderer with the same config Electron uses, then serves it on 127.0.0.1 so
// the app runs in a plain browser. Port: $PORT, else 5180, else any free port.
import { build } from 'vite'
import { rendererConfig } from '../electron.vite.config'
import { startWebServer } from './web-server'
import type { WebServer } from './web-server'

const DEFAULT_PORT = 5180

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
}

async function listen(root: string, port: number): Promise<WebServer> {
  try {
    return await startWebServer({ root, port })
  } catch (error) {
    if (!isAddressInUse(error)) throw error
    console.warn(`端口 ${port} 已被占用，改用一个空闲端口。`)
    return startWebServer({ root, port: 0 })
  }
}

async function main(): Promise<void> {
  const outDir = rendererConfig.build?.outDir
  if (outDir === undefined) throw new Error('rendererConfig.build.outDir is not set')
  await build({ ...rendererConfig, configFile: false })
  const port = Number.parseInt(process.env['PORT'] ?? '', 10)
  const server = await listen(outDir, Number.isInteger(port) && port >= 0 ? port : DEFAULT_PORT)
  console.log(`自媒体监管 (web): ${server.url}`)
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
