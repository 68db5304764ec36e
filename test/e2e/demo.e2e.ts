// The demo data set from the first-run screen: loading it shows its progress and lands on the overview with
// every disposition the demo reports counted and its nine platforms listed; cancelling it midway stores
// nothing and leaves the user on the first-run screen, where an empty start finds an empty store.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage, parseCount } from './pages/app'
import { AuditLogPage } from './pages/audit'
import { OverviewPage } from './pages/overview'
import { PlatformsPage } from './pages/platforms'
import { ReportsPage } from './pages/reports'
import { WelcomePage } from './pages/welcome'

let s: Session
let app: AppPage
let welcome: WelcomePage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
  welcome = new WelcomePage(s.page)
  await app.open()
  await welcome.fillProfile('张敏', '示例市委网信办')
})
afterEach(async () => {
  await s.close()
  expect(s.consoleErrors).toEqual([])
})
afterAll(async () => {
  await closeBrowser()
})

describe('the demo data set', () => {
  it('loads with a progress window and lands on the overview with every disposition counted', async () => {
    await app.expectSignal('demo-loaded', () => welcome.startDemo())
    await welcome.progress.waitFor({ state: 'hidden' })
    const overview = new OverviewPage(app)
    await s.page.getByTestId('overview').waitFor()
    const dispositions = await overview.kpi('dispositions')
    expect(await overview.kpi('platforms')).toBe(9)
    expect(await overview.kpi('reports')).toBe(27)

    // the dispositions reports' imported rows, as the reports page lists them
    const reports = new ReportsPage(app)
    await reports.open()
    await reports.filterKind('处置记录')
    await expect.poll(() => reports.total()).toBe(9)
    const accepted = (await reports.column('导入')).map(parseCount)
    expect(accepted).toHaveLength(9)
    const sum = accepted.reduce((a, b) => a + b, 0)
    expect(sum).toBeGreaterThan(4000)
    expect(dispositions).toBe(sum)

    const platforms = new PlatformsPage(app)
    await platforms.open()
    await platforms.rows.first().waitFor()
    expect(await platforms.rows.count()).toBe(9)
  })

  it('stores nothing when cancelled midway and stays on the first-run screen', async () => {
    await welcome.startDemo()
    await app.expectSignal('task-cancelled', () => welcome.cancelTask())
    await welcome.progress.waitFor({ state: 'hidden' })
    expect(await app.signalCount('demo-loaded')).toBe(0)
    expect(await welcome.form.isVisible()).toBe(true)

    await app.reload()
    await welcome.form.waitFor()
    expect(await s.page.getByTestId('nav-overview').count()).toBe(0)

    await welcome.startEmpty()
    const overview = new OverviewPage(app)
    await overview.empty.waitFor()
    const platforms = new PlatformsPage(app)
    await platforms.open()
    await platforms.emptyText('none').waitFor()
    expect(await platforms.rows.count()).toBe(0)
    const reports = new ReportsPage(app)
    await reports.open()
    await reports.emptyText.waitFor()
    expect(await reports.rows.count()).toBe(0)
    const audit = new AuditLogPage(app)
    await audit.open()
    expect(await audit.entriesWith('载入演示数据').count()).toBe(0)
  })
})
