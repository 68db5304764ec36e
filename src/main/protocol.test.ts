// Proves the oversight:// handler serves only files under the renderer root, with the CSP, and that the
// scheme is registered with exactly the privileges it needs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CustomScheme } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'

const electron = vi.hoisted(() => ({ schemes: [] as CustomScheme[], handled: [] as string[] }))

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: CustomScheme[]) => electron.schemes.push(...schemes),
    handle: (scheme: string) => electron.handled.push(scheme),
  },
}))

const { createAppProtocolHandler, registerAppProtocol, registerAppScheme } = await import('./protocol')

let base: string
let serve: (request: Request) => Promise<Response>

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'oversight-protocol-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>desk</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'font.ttf'), 'font')
  await writeFile(join(base, 'secret.txt'), 'secret')
  serve = createAppProtocolHandler(root)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => serve(new Request(url, { method }))

describe('the oversight:// handler', () => {
  it('serves index.html for / with the CSP and nosniff', async () => {
    const response = await get('oversight://desk/')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>desk</title>')
  })

  it('serves assets with their MIME type', async () => {
    const js = await get('oversight://desk/assets/app.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect((await get('oversight://desk/assets/font.ttf')).headers.get('Content-Type')).toBe('font/ttf')
  })

  it.each([
    'oversight://desk/../secret.txt',
    'oversight://desk/assets/../../secret.txt',
    'oversight://desk/%2e%2e/secret.txt',
    'oversight://desk/%2E%2E/%2E%2E/secret.txt',
    'oversight://desk/..%2fsecret.txt',
    'oversight://desk/assets/..%2f..%2fsecret.txt',
    'oversight://desk/..%5csecret.txt',
    'oversight://desk/assets%5c..%5c..%5csecret.txt',
    'oversight://desk/index.html%00.js',
    'oversight://desk/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses other hosts, missing files and folders', async () => {
    expect((await get('oversight://evil/index.html')).status).toBe(404)
    expect((await get('oversight://desk.evil/index.html')).status).toBe(404)
    expect((await get('oversight://desk/missing.js')).status).toBe(404)
    expect((await get('oversight://desk/assets')).status).toBe(404)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('oversight://desk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('oversight://desk/index.html', 'POST')).status).toBe(405)
  })
})

describe('the scheme', () => {
  it('is privileged as standard and secure, never bypassing the CSP', () => {
    registerAppScheme()
    expect(electron.schemes).toEqual([
      { scheme: 'oversight', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ])
  })

  it('registers the handler for oversight', () => {
    registerAppProtocol(base)
    expect(electron.handled).toEqual(['oversight'])
  })
})
