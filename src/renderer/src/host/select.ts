// Chooses the Host once per window: the desktop shell when its bridge is present, else the browser.
import { findBridge } from './bridge'
import { createBrowserHost } from './browser'
import { createElectronHost } from './electron-host'
import type { Host } from './host'

export function chooseHost(win: Window): Host {
  const bridge = findBridge(win)
  return bridge !== undefined ? createElectronHost(bridge) : createBrowserHost(win.document, win.navigator)
}

let current: Host | undefined

/** The host for this window, chosen on first use. */
export function getHost(): Host {
  current ??= chooseHost(window)
  return current
}
