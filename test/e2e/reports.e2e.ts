// Reports 报送记录 with the demo loaded: all 27 listed; a report's provenance (SHA-256 of the file, the
// header mapping used); rolling an import back marks it 已撤销 and takes its dispositions off the overview.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { OverviewPage } from './pages/overview'
import { ReportsPage } from './pages/reports'
import { WelcomePage } from './pages/welcome'

let s: Session
let app: AppPage
let reports: ReportsPage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
  reports = new ReportsPage(app)
  await app.open()
  const welcome = new WelcomePage(s.page)
  await welcome.fillProfile('张敏', '示例市委网信办')
  await welcome.loadDemo()
  await s.page.getByTestId('overview').waitFor()
})
afterEach(async () => {
  await s.close()
  expect(s.consoleErrors).toEqual([])
})
afterAll(async () => {
  await closeBrowser()
})

describe('reports', () => {
  it('lists the 27 reports of the demo, 20 to a page', async () => {
    await reports.open()
    await reports.rows.first().waitFor()
    expect(await reports.total()).toBe(27)
    expect(await reports.rows.count()).toBe(20)
    await reports.goToTablePage(2)
    expect(await reports.rows.count()).toBe(7)
  })

  it('shows a report’s SHA-256 and the header mapping it was imported with', async () => {
    await reports.open()
    await reports.filterKind('处置记录')
    await expect.poll(() => reports.total()).toBe(9)
    const fileName = await reports.openRow(0)
    expect(await s.page.locator('.ant-drawer-title').textContent()).toBe(fileName)
    expect(await reports.sha256.textContent()).toMatch(/^[0-9a-f]{64}$/)
    const mapping = await reports.mapping()
    const fields = mapping.map((m) => m.field)
    expect(fields).toEqual(expect.arrayContaining(['platform_account_id', 'disposition_id', 'violation_type', 'violation_date', 'measure']))
    for (const { header } of mapping) expect(header.trim()).not.toBe('')
  })

  it('rolls an import back: the report is marked 已撤销 and its dispositions leave the overview', async () => {
    const overview = new OverviewPage(app)
    const before = await overview.kpi('dispositions')

    await reports.open()
    await reports.filterKind('处置记录')
    await expect.poll(() => reports.total()).toBe(9)
    const fileName = await reports.openRow(0)
    const accepted = await reports.acceptedInDetail()
    expect(accepted).toBeGreaterThan(0)
    await reports.rollback()
    await reports.detail.getByText('已撤销', { exact: true }).waitFor()
    await reports.closeDetail()
    const row = reports.rows.filter({ hasText: fileName })
    await row.getByText('已撤销', { exact: true }).waitFor()

    await overview.open()
    await expect.poll(() => overview.kpi('dispositions')).toBe(before - accepted)
    expect(await overview.kpi('reports')).toBe(26)
  })
})
