// A small static server for the built renderer (out/renderer), so the same app runs in a plain browser:
// `npm run web` and the end-to-end tests use it. GET/HEAD only, files under root only, the app's CSP on
// every response, and it listens on 127.0.0.1 unless told otherwise.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from '@shared/security/csp'

export interface WebServerOptions {
  /** the folder to serve, normally out/renderer */
  root: string
  host?: string
  /** 0 picks a free port */
  port?: number
}

export interface WebServer {
  /** e.g. http://127.0.0.1:5180/ */
  url: string
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const

/** The request's path exactly as sent (before any URL normalisation), so `/../` reaches resolveStaticPath
 * and is refused rather than silently folded away. */
function rawPathname(url: string | undefined): string | null {
  if (url?.startsWith('/') !== true) return null
  const end = url.search(/[?#]/)
  return end === -1 ? url : url.slice(0, end)
}

function finish(response: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra })
  response.end(status === 404 ? 'Not found' : '')
}

async function serveFile(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    finish(response, 405, { Allow: 'GET, HEAD' })
    return
  }
  const pathname = rawPathname(request.url)
  const relative = pathname === null ? null : resolveStaticPath(pathname)
  if (relative === null) {
    finish(response, 404)
    return
  }
  const file = join(root, relative)
  const info = await stat(file).catch(() => null)
  if (info?.isFile() !== true) {
    finish(response, 404)
    return
  }
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeType(relative), 'Content-Length': info.size })
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  await pipeline(createReadStream(file), response)
}

export function startWebServer({ root, host = '127.0.0.1', port = 0 }: WebServerOptions): Promise<WebServer> {
  const server = createServer((request, response) => {
    serveFile(root, request, response).catch(() => {
      // A client that goes away mid-download is not an error worth reporting; anything else ends the reply.
      if (!response.headersSent) finish(response, 500)
      else response.destroy()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address() as AddressInfo
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
      resolve({
        url: `http://${shownHost}:${address.port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            server.closeAllConnections()
          }),
      })
    })
  })
}
