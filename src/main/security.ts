// All of the shell's security in one file: the window's webPreferences, the navigation / new-window /
// <webview> blocks applied to every webContents, and the session's permission, request and CSP policy.
// Everything that decides is a plain exported function so it can be tested without Electron running.
import { app, BrowserWindow } from 'electron'
import type { Session, WebContents } from 'electron'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { STRINGS } from './strings'

export interface MainWindowPaths {
  /** the built preload bundle, out/preload/index.cjs */
  preload: string
  icon: string
}

/**
 * The app's one window. The options stay one object literal so static analysers (electronegativity) can
 * read every webPreferences setting; each is spelt out even where it matches Electron's default, so a
 * future default change cannot loosen it.
 */
export function createMainWindow(paths: MainWindowPaths): BrowserWindow {
  return new BrowserWindow({
    title: STRINGS.appName,
    icon: paths.icon,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: paths.preload,
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
      safeDialogs: true,
      // Middle-click (auxclick) on a link is another way to ask for a new window; turn it off at the source.
      disableBlinkFeatures: 'Auxclick',
    },
  })
}

/**
 * The Vite dev server's origin, only when running unpackaged under `electron-vite dev`, and only if it is
 * on this machine: an environment variable must never be able to point the installed app at a remote site.
 */
export function resolveDevOrigin(isPackaged: boolean, rendererUrl: string | undefined): string | undefined {
  if (isPackaged || rendererUrl === undefined) return undefined
  const url = parseUrl(rendererUrl)
  if (url === null || url.protocol !== 'http:') return undefined
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? url.origin : undefined
}

/** True for the app's own origin (`oversight://desk`) and, in dev, the dev server's origin. */
export function isAppUrl(rawUrl: string, devOrigin: string | undefined): boolean {
  const url = parseUrl(rawUrl)
  if (url === null) return false
  // Node's URL gives non-special schemes an opaque "null" origin, so compare scheme and host instead.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '') return true
  return devOrigin !== undefined && url.origin === devOrigin
}

/**
 * What the session lets the page load. Only the app's own files, DevTools' own pages, and in dev the dev
 * server (including its HMR WebSocket). `blob:` and `data:` URLs never touch the network and the CSP
 * already governs where they may be used; a blob must still belong to the app's origin.
 */
export function isAllowedUrl(rawUrl: string, devOrigin: string | undefined): boolean {
  if (isAppUrl(rawUrl, devOrigin)) return true
  const url = parseUrl(rawUrl)
  if (url === null) return false
  switch (url.protocol) {
    case 'devtools:':
    case 'data:':
      return true
    case 'blob:':
      return isAppUrl(url.pathname, devOrigin)
    case 'ws:':
      return devOrigin !== undefined && `http://${url.host}` === devOrigin
    default:
      return false
  }
}

/** Whether to stamp the CSP on a response: everything but DevTools' own pages (which carry their own
 * policy) and, in dev, the Vite server, whose React Refresh preamble is an inline script. */
export function shouldApplyCsp(rawUrl: string, devOrigin: string | undefined): boolean {
  if (rawUrl.startsWith('devtools:')) return false
  const url = parseUrl(rawUrl)
  return !(devOrigin !== undefined && url !== null && url.origin === devOrigin)
}

/** Response headers with our CSP replacing any the response brought (matched case-insensitively). */
export function withSecurityHeaders(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase()
    if (lower !== 'content-security-policy' && lower !== 'x-content-type-options') result[name] = value
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
  result['X-Content-Type-Options'] = ['nosniff']
  return result
}

/** Blocks navigation away from the app, new windows and <webview> for one webContents. */
export function hardenWebContents(contents: WebContents, devOrigin: string | undefined): void {
  const stayInApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url, devOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-frame-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission and device, cancels every request outside the app, and adds the CSP. */
export function hardenSession(session: Session, devOrigin: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedUrl(details.url, devOrigin) }))
  session.webRequest.onHeadersReceived((details, callback) =>
    callback(
      shouldApplyCsp(details.url, devOrigin)
        ? { responseHeaders: withSecurityHeaders(details.responseHeaders) }
        : {},
    ),
  )
}

/** The app-wide part, which must run before `ready`: sandbox every renderer, harden every webContents. */
export function installAppHardening(devOrigin: string | undefined): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin))
}

/** True when an IPC message comes from a frame showing the app (a frame may be gone: then null). */
export function isTrustedSender(frame: { readonly url: string } | null, devOrigin: string | undefined): boolean {
  return frame !== null && isAppUrl(frame.url, devOrigin)
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}
