// The shell in a browser: served with the strict CSP, nothing fetched from anywhere but the app, the
// first run, the language switch remembered, and the audit log recording who did what.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { WelcomePage } from './pages/welcome'

let s: Session
let app: AppPage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
})
afterEach(async () => {
  await s.close()
})
afterAll(async () => {
  await closeBrowser()
})

describe('the shell', () => {
  it('is served with the strict CSP and refuses inline script', async () => {
    const response = await s.page.goto(s.baseUrl)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await s.page.waitForSelector('html[data-ready="true"]')
    const ran = await s.page.evaluate(() => {
      const w = window as unknown as { injected?: boolean }
      const el = document.createElement('script')
      el.textContent = 'window.injected = true'
      document.body.appendChild(el)
      return w.injected === true
    })
    expect(ran).toBe(false)
  })

  it('starts on the welcome screen, remembers who is using it and starts empty', async () => {
    await app.open()
    const welcome = new WelcomePage(s.page)
    await welcome.fillProfile('张敏', '示例市委网信办')
    await welcome.startEmpty()
    await expect.poll(() => s.page.getByTestId('current-user').textContent()).toBe('示例市委网信办 · 张敏')
    expect(await s.page.getByTestId('nav-catalogue').isVisible()).toBe(true)
  })

  it('switches to English and remembers it after a reload', async () => {
    await app.open()
    await new WelcomePage(s.page).startEmpty()
    await app.switchLocale('EN')
    expect(await s.page.getByTestId('nav-platforms').textContent()).toBe('Platforms')
    await app.reload()
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await s.page.getByTestId('nav-platforms').textContent()).toBe('Platforms')
  })

  it('records changes in a hash-chained audit log that verifies', async () => {
    await app.open()
    const welcome = new WelcomePage(s.page)
    await welcome.fillProfile('张敏', '示例市委网信办')
    await welcome.startEmpty()
    await app.nav('settings')
    await s.page.getByTestId('settings-name').fill('李娜')
    await app.expectSignal('saved', () => s.page.getByTestId('settings-save').click())
    // the change of name is recorded as made by the user as they were then named; what follows is by the new name
    await s.page.getByTestId('settings-office').fill('示例市委网信办网络管理处')
    await app.expectSignal('saved', () => s.page.getByTestId('settings-save').click())
    await app.nav('audit')
    await expect.poll(() => s.page.locator('.ant-table-row').count()).toBeGreaterThan(2)
    const rows = s.page.locator('.ant-table-row')
    expect(await rows.nth(0).textContent()).toContain('李娜')
    expect(await rows.nth(1).textContent()).toContain('张敏')
    await app.expectSignal('task-done', () => s.page.getByTestId('audit-verify').click())
    expect(await s.page.getByTestId('audit-verdict').getAttribute('data-ok')).toBe('true')
  })

  it('fetches nothing from outside the app and logs no errors', async () => {
    await app.open()
    await new WelcomePage(s.page).startEmpty()
    for (const to of ['platforms', 'reports', 'catalogue', 'audit', 'settings', 'overview'] as const) await app.nav(to)
    const outside = s.requests.filter((url) => !url.startsWith(s.baseUrl) && !url.startsWith('blob:') && !url.startsWith('data:'))
    expect(outside).toEqual([])
    expect(s.consoleErrors).toEqual([])
  })
})
