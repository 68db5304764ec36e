// The Chinese application menu: standard roles only (the OS does the work), no links to anywhere remote.
import { app, BrowserWindow, dialog, Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { STRINGS } from './strings'

const M = STRINGS.menu

export function buildMenuTemplate(isMac: boolean, isDev: boolean): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    {
      label: M.file,
      submenu: [{ role: 'close', label: M.closeWindow }, { type: 'separator' }, { role: 'quit', label: M.quit }],
    },
    {
      label: M.edit,
      submenu: [
        { role: 'undo', label: M.undo },
        { role: 'redo', label: M.redo },
        { type: 'separator' },
        { role: 'cut', label: M.cut },
        { role: 'copy', label: M.copy },
        { role: 'paste', label: M.paste },
        { role: 'selectAll', label: M.selectAll },
      ],
    },
    {
      label: M.view,
      submenu: [
        { role: 'reload', label: M.reload },
        // DevTools only while developing: an office machine has no use for them.
        ...(isDev ? [{ role: 'toggleDevTools', label: M.toggleDevTools } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: M.resetZoom },
        { role: 'zoomIn', label: M.zoomIn },
        { role: 'zoomOut', label: M.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: M.fullscreen },
      ],
    },
    {
      label: M.window,
      submenu: [{ role: 'minimize', label: M.minimize }, { role: 'zoom', label: M.zoom }, { role: 'close', label: M.closeWindow }],
    },
    {
      label: M.help,
      submenu: [{ label: M.about, click: showAbout }],
    },
  ]
  // macOS puts the application's own menu first; elsewhere the File menu holds Quit.
  return isMac ? [{ role: 'appMenu', label: STRINGS.appName }, ...template] : template
}

export function installMenu(isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform === 'darwin', isDev)))
}

function showAbout(): void {
  const window = BrowserWindow.getFocusedWindow()
  const options = {
    type: 'info' as const,
    title: M.about,
    message: STRINGS.appName,
    detail: STRINGS.about.detail(app.getVersion(), process.versions.electron),
    buttons: [STRINGS.about.ok],
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
