// Proves the web server serves the renderer with the CSP, correct MIME types, and nothing outside root.
import { request } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { startWebServer } from '../../scripts/web-server'
import type { WebServer } from '../../scripts/web-server'

let base: string
let server: WebServer

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'oversight-web-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>desk</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'NotoSansSC.ttf'), 'font')
  await writeFile(join(base, 'secret.txt'), 'secret')
  server = await startWebServer({ root })
})

afterAll(async () => {
  await server.close()
  await rm(base, { recursive: true, force: true })
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so paths like `/../` reach the server exactly as written (fetch would normalise them). */
function send(path: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the web server', () => {
  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves index.html for / with the CSP and nosniff', async () => {
    const reply = await send('/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.body).toContain('<title>desk</title>')
  })

  it('serves .js and .ttf with their MIME types', async () => {
    expect((await send('/assets/app.js?v=1')).headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await send('/assets/NotoSansSC.ttf')).headers['content-type']).toBe('font/ttf')
  })

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/index.html%00', '/missing.js', '/assets'])(
    '404 for %s',
    async (path) => {
      const reply = await send(path)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('secret')
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    },
  )

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await send('/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect((await send('/', 'POST')).status).toBe(405)
  })
})
