// The rule checks in the browser: run over the demo, every planted case found, narrowed by rule, a finding
// opened with its notice text and evidence, dismissed only with a reason, the decision kept across a
// re-run, and the scorecard showing rates per platform and article.
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/shared/demo'
import { appSession } from './support/app-session'

const ctx = appSession({ demo: true })
const planted = generateDemo().planted
const total = Object.values(planted).reduce((a, b) => a + b, 0)
const n9 = planted.silencingWithoutSuspension + planted.suspensionTooShort + planted.suspensionTooLong + planted.suspensionNotConcurrent

async function runChecks(): Promise<void> {
  await ctx.app.expectSignal('rules-done', () => ctx.s.page.getByTestId('findings-run').click())
}

const rows = () => ctx.s.page.getByTestId('finding-row')

describe('findings', () => {
  it('finds every planted case, narrows by rule, and keeps a dismissal with its reason across a re-run', async () => {
    await ctx.app.nav('findings')
    await runChecks()
    await expect.poll(() => ctx.s.page.getByTestId('findings-total').textContent()).toContain(String(total))

    await ctx.app.expectSignal('findings-ready', () => ctx.app.choose('findings-filter-rule', '禁言未同步暂停营利权限'))
    await expect.poll(() => rows().count()).toBe(n9)
    for (const row of await rows().all()) expect(await row.getAttribute('data-rule')).toBe('N9.earnings-suspension')

    const first = rows().first()
    const id = (await first.getAttribute('data-id')) ?? ''
    await first.click()
    const detail = ctx.s.page.getByTestId('finding-detail')
    await detail.waitFor()
    expect(await ctx.s.page.getByTestId('finding-notice').textContent()).toContain('同步暂停其营利权限')
    await ctx.s.page.getByTestId('evidence-item').first().waitFor()
    expect(await ctx.s.page.getByTestId('evidence-line').first().textContent()).toMatch(/第\s*\d+\s*行/)

    // dismissing needs a reason: without one, nothing is stored
    await ctx.s.page.getByTestId('finding-dismiss').click()
    await ctx.s.page.getByTestId('finding-dismiss-ok').click()
    await ctx.s.page.getByText('请填写排除的理由').first().waitFor()
    await ctx.s.page.getByTestId('finding-dismiss-reason').fill('平台已补报暂停营利权限记录')
    await ctx.app.expectSignal('saved', () => ctx.s.page.getByTestId('finding-dismiss-ok').click())

    // re-run: the dismissal stays, with its reason in the history
    await ctx.s.page.locator('.ant-drawer-close').click()
    await ctx.s.page.waitForURL((url) => !/#\/findings\/[^?]/.test(url.href))
    await runChecks()
    await ctx.app.open(`findings/${id}`)
    await expect.poll(() => ctx.s.page.getByTestId('finding-detail').getAttribute('data-status')).toBe('dismissed')
    await expect.poll(() => ctx.s.page.getByTestId('finding-history').textContent()).toContain('平台已补报暂停营利权限记录')
  })

  it('shows the scorecard with a rate per platform and article', async () => {
    await ctx.app.nav('findings')
    await runChecks()
    await ctx.app.nav('scorecard')
    const table = ctx.s.page.getByTestId('scorecard-table')
    await table.waitFor()
    const rated = ctx.s.page.locator('[data-testid="scorecard-cell"]:not([data-rate=""]):not([data-rate="0"])')
    await expect.poll(() => rated.count()).toBeGreaterThan(5)
    await ctx.s.page.getByTestId('scorecard-trend').waitFor()
  })
})
