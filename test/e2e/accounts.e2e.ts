// The account list over the demo data: ready with every account, narrowed by search and by status, and an
// account's page with its timeline across reports, each entry traced to its file and line.
import { describe, expect, it } from 'vitest'
import { appSession } from './support/app-session'

const ctx = appSession({ demo: true })

const total = async () => Number(await ctx.s.page.getByTestId('accounts-total').getAttribute('data-total'))

describe('accounts', () => {
  it('lists every account, narrows by search, and opens an account with its timeline', async () => {
    await ctx.app.expectSignal('accounts-ready', () => ctx.app.nav('accounts'))
    const all = await total()
    expect(all).toBeGreaterThan(8000)

    // an account id from the list, searched for: the list narrows to it
    const first = ctx.s.page.getByTestId('accounts-row').first()
    const id = (await first.getAttribute('data-account-id')) ?? ''
    expect(id).not.toBe('')
    await ctx.app.expectSignal('accounts-filtered', () => ctx.s.page.getByTestId('accounts-search').fill(id))
    const narrowed = await total()
    expect(narrowed).toBeGreaterThanOrEqual(1)
    expect(narrowed).toBeLessThan(all)
    const rows = ctx.s.page.getByTestId('accounts-row')
    for (const row of await rows.all()) expect(((await row.getAttribute('data-account-id')) ?? '').toLowerCase()).toContain(id.toLowerCase())

    await ctx.s.page.locator(`[data-testid="accounts-row"][data-account-id="${id}"]`).first().click()
    await ctx.s.page.getByTestId('account-page').waitFor()
    expect(await ctx.s.page.getByTestId('account-page').getAttribute('data-account-id')).toBe(id)
    const items = ctx.s.page.getByTestId('account-timeline-item')
    await items.first().waitFor()
    expect(await items.count()).toBeGreaterThanOrEqual(1)
    expect(await ctx.s.page.getByTestId('account-provenance').first().textContent()).toMatch(/\.(csv|xlsx)/)
  })
})
