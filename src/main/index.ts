// App lifecycle: one instance; the privileged scheme and app-wide hardening before `ready`; then the
// session policy, the oversight:// protocol, IPC, the menu and the one window.
import { join } from 'node:path'
import { app, session } from 'electron'
import type { BrowserWindow } from 'electron'
import { APP_ORIGIN } from '@shared/security/csp'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { registerAppProtocol, registerAppScheme } from './protocol'
import { createMainWindow, hardenSession, installAppHardening, resolveDevOrigin } from './security'

// Built layout: out/main/index.js beside out/preload and out/renderer; resources/ at the app root.
const here = import.meta.dirname
const devOrigin = resolveDevOrigin(app.isPackaged, process.env['ELECTRON_RENDERER_URL'])
const startUrl = devOrigin !== undefined ? `${devOrigin}/` : `${APP_ORIGIN}/index.html`

let mainWindow: BrowserWindow | null = null

function openMainWindow(): void {
  const window = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    icon: join(here, '../../resources/icon.png'),
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  window.loadURL(startUrl).catch((error: unknown) => console.error('Failed to load the renderer', error))
  mainWindow = window
}

function start(): void {
  hardenSession(session.defaultSession, devOrigin)
  registerAppProtocol(join(here, '../renderer'))
  registerIpc(devOrigin)
  installMenu(devOrigin !== undefined)
  openMainWindow()
}

// A second copy would open the same IndexedDB from two windows and race on backups: hand over instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  installAppHardening(devOrigin)

  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow()
  })

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Failed to start', error)
      app.exit(1)
    })
}
