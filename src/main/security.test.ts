// Proves the shell's security policy: secure webPreferences, no navigation away, no new windows, no
// <webview>, no permissions, no requests outside the app, and the CSP on every response.
import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'

const electron = vi.hoisted(() => ({
  windows: [] as BrowserWindowConstructorOptions[],
  appOn: [] as [string, unknown][],
  enableSandbox: { calls: 0 },
}))

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => {
      electron.enableSandbox.calls += 1
    },
    on: (name: string, listener: unknown) => electron.appOn.push([name, listener]),
  },
  BrowserWindow: class {
    readonly options: BrowserWindowConstructorOptions
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options
      electron.windows.push(options)
    }
  },
}))

const {
  createMainWindow,
  hardenSession,
  hardenWebContents,
  installAppHardening,
  isAllowedUrl,
  isAppUrl,
  isTrustedSender,
  resolveDevOrigin,
} = await import('./security')

const DEV = 'http://localhost:5173'

interface NavigationEvent {
  url: string
  preventDefault: () => void
}

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | undefined
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler
  }
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const details: NavigationEvent = { url, preventDefault: vi.fn() }
    this.emit(event, details)
    return vi.mocked(details.preventDefault).mock.calls.length > 0
  }
}

function hardened(devOrigin?: string): FakeContents {
  const contents = new FakeContents()
  hardenWebContents(contents as unknown as WebContents, devOrigin)
  return contents
}

type Listener = (...args: never[]) => void

function fakeSession() {
  const handlers: Record<string, Listener | undefined> = {}
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers['request'] = h),
    setPermissionCheckHandler: (h: Listener) => (handlers['check'] = h),
    setDevicePermissionHandler: (h: Listener) => (handlers['device'] = h),
    webRequest: {
      onBeforeRequest: (h: Listener) => (handlers['before'] = h),
      onHeadersReceived: (h: Listener) => (handlers['headers'] = h),
    },
  }
  return { session: session as unknown as Session, handlers }
}

describe('the main window', () => {
  beforeEach(() => {
    electron.windows.length = 0
  })

  it('is created with every secure webPreference and hidden until ready', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', icon: '/app/resources/icon.png' })
    const options = electron.windows[0]!
    expect(options.show).toBe(false)
    expect(options.title).toBe('自媒体监管')
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })
})

describe('navigation and new windows', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s to another origin is prevented', (event) => {
    const contents = hardened()
    expect(contents.navigate(event, 'https://example.com/')).toBe(true)
    expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true)
    expect(contents.navigate(event, 'oversight://other/index.html')).toBe(true)
    expect(contents.navigate(event, DEV + '/')).toBe(true)
    expect(contents.navigate(event, 'not a url')).toBe(true)
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s within the app is allowed', (event) => {
    expect(hardened().navigate(event, 'oversight://desk/index.html')).toBe(false)
    expect(hardened(DEV).navigate(event, DEV + '/')).toBe(false)
  })

  it('denies window.open', () => {
    expect(hardened().openHandler?.()).toEqual({ action: 'deny' })
  })

  it('prevents attaching a <webview>', () => {
    const contents = hardened()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('sandboxes the app and hardens every webContents created', () => {
    installAppHardening(undefined)
    expect(electron.enableSandbox.calls).toBe(1)
    const listener = electron.appOn.find(([name]) => name === 'web-contents-created')?.[1] as (e: unknown, c: unknown) => void
    const contents = new FakeContents()
    listener({}, contents)
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.openHandler?.()).toEqual({ action: 'deny' })
  })
})

describe('the session', () => {
  it('answers false to every permission request, check and device', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, undefined)
    const callback = vi.fn()
    ;(handlers['request'] as unknown as (w: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect((handlers['check'] as unknown as () => boolean)()).toBe(false)
    expect((handlers['device'] as unknown as () => boolean)()).toBe(false)
  })

  function cancels(url: string, devOrigin?: string): boolean {
    const { session, handlers } = fakeSession()
    hardenSession(session, devOrigin)
    let cancel: boolean | undefined
    ;(handlers['before'] as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => {
      cancel = r.cancel
    })
    return cancel === true
  }

  it('cancels every request outside the app', () => {
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://evil.example/', 'oversight://other/x', 'blob:https://example.com/1', 'ftp://x/']) {
      expect(cancels(url), url).toBe(true)
    }
    // The dev server is allowed only in dev.
    expect(cancels(DEV + '/src/main.tsx')).toBe(true)
  })

  it('lets the app, DevTools and (in dev) the dev server through', () => {
    for (const url of ['oversight://desk/index.html', 'oversight://desk/assets/a.js', 'devtools://devtools/bundled/inspector.html', 'blob:oversight://desk/123', 'data:image/png;base64,AA==']) {
      expect(cancels(url), url).toBe(false)
    }
    expect(cancels(DEV + '/src/main.tsx', DEV)).toBe(false)
    expect(cancels('ws://localhost:5173/', DEV)).toBe(false)
  })

  it('stamps the CSP on responses, replacing any other', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, DEV)
    const respond = handlers['headers'] as unknown as (
      d: { url: string; responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void
    let headers: Record<string, string[]> | undefined
    respond({ url: 'oversight://desk/index.html', responseHeaders: { 'content-security-policy': ['*'], 'Content-Type': ['text/html'] } }, (r) => {
      headers = r.responseHeaders
    })
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    })
    // DevTools' own pages keep their own policy.
    respond({ url: 'devtools://devtools/bundled/inspector.html' }, (r) => {
      headers = r.responseHeaders
    })
    expect(headers).toBeUndefined()
  })
})

describe('origins', () => {
  it('knows the app origin', () => {
    expect(isAppUrl('oversight://desk/', undefined)).toBe(true)
    expect(isAppUrl('oversight://user:pw@desk/', undefined)).toBe(false)
    expect(isAppUrl('oversight://desk.evil/', undefined)).toBe(false)
    expect(isAllowedUrl('javascript:alert(1)', undefined)).toBe(false)
  })

  it('accepts a dev origin only unpackaged and only on this machine', () => {
    expect(resolveDevOrigin(false, 'http://localhost:5173/')).toBe(DEV)
    expect(resolveDevOrigin(true, 'http://localhost:5173/')).toBeUndefined()
    expect(resolveDevOrigin(false, 'http://evil.example:5173/')).toBeUndefined()
    expect(resolveDevOrigin(false, undefined)).toBeUndefined()
  })

  it('trusts IPC only from app frames', () => {
    expect(isTrustedSender({ url: 'oversight://desk/index.html' }, undefined)).toBe(true)
    expect(isTrustedSender({ url: 'https://example.com/' }, undefined)).toBe(false)
    expect(isTrustedSender(null, undefined)).toBe(false)
  })
})
