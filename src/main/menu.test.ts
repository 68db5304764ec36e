// Proves the application menu is Chinese, uses standard roles, and shows DevTools only in dev.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {}, Menu: {} }))

const { buildMenuTemplate } = await import('./menu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

describe('the application menu', () => {
  it('has 文件/编辑/视图/窗口/帮助', () => {
    expect(buildMenuTemplate(false, false).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
  })

  it('labels every item in Chinese', () => {
    for (const item of flatten(buildMenuTemplate(false, true))) {
      if (item.type === 'separator') continue
      expect(item.label, JSON.stringify(item)).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('offers DevTools only in dev', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate(false, dev)).map((item) => item.role)
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
  })

  it('puts the app menu first on macOS', () => {
    expect(buildMenuTemplate(true, false)[0]?.role).toBe('appMenu')
  })
})
