// The app's fixed origin, oversight://desk: the privileged scheme and the handler that serves the built
// renderer from out/renderer. The origin never changes, because IndexedDB data belongs to it.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from '@shared/security/csp'

/** Must run before `ready`. Standard + secure give the page a real origin and a secure context (so
 * IndexedDB and workers behave as on https); bypassCSP is deliberately not granted. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves files under `root` for oversight://desk/…; anything else, or anything outside root, is a 404. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405)
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return plain(404)
    }
    if (url.host !== APP_HOST) return plain(404)
    const relative = resolveStaticPath(url.pathname)
    if (relative === null) return plain(404)
    const file = join(root, relative)
    try {
      if (!(await stat(file)).isFile()) return plain(404)
      const body = request.method === 'HEAD' ? null : await readFile(file)
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeType(relative),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      })
    } catch {
      return plain(404)
    }
  }
}

/** Must run after `ready`. */
export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root))
}

function plain(status: number): Response {
  return new Response(null, {
    status,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  })
}
