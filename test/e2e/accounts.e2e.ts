// The account list over the demo data: ready with every account, narrowed by search and by status, and an
// account's page with its timeline across reports, each entry traced to its file and line.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { WelcomePage } from './pages/welcome'

let s: Session
let app: AppPage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
  await app.open()
  await new WelcomePage(s.page).loadDemo()
})
afterEach(async () => {
  expect(s.consoleErrors).toEqual([])
  await s.close()
})
afterAll(async () => {
  await closeBrowser()
})

const total = async (s: Session) => Number(await s.page.getByTestId('accounts-total').getAttribute('data-total'))

describe('accounts', () => {
  it('lists every account, narrows by search, and opens an account with its timeline', async () => {
    await app.expectSignal('accounts-ready', () => app.nav('accounts'))
    const all = await total(s)
    expect(all).toBeGreaterThan(8000)

    // an account id from the list, searched for: the list narrows to it
    const first = s.page.getByTestId('accounts-row').first()
    const id = (await first.getAttribute('data-account-id')) ?? ''
    expect(id).not.toBe('')
    await app.expectSignal('accounts-filtered', () => s.page.getByTestId('accounts-search').fill(id))
    const narrowed = await total(s)
    expect(narrowed).toBeGreaterThanOrEqual(1)
    expect(narrowed).toBeLessThan(all)
    const rows = s.page.getByTestId('accounts-row')
    for (const row of await rows.all()) expect(((await row.getAttribute('data-account-id')) ?? '').toLowerCase()).toContain(id.toLowerCase())

    await s.page.locator(`[data-testid="accounts-row"][data-account-id="${id}"]`).first().click()
    await s.page.getByTestId('account-page').waitFor()
    expect(await s.page.getByTestId('account-page').getAttribute('data-account-id')).toBe(id)
    const items = s.page.getByTestId('account-timeline-item')
    await items.first().waitFor()
    expect(await items.count()).toBeGreaterThanOrEqual(1)
    expect(await s.page.getByTestId('account-provenance').first().textContent()).toMatch(/\.(csv|xlsx)/)
  })
})
