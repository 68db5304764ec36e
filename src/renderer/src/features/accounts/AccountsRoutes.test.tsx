// The account list in jsdom: rows rendered through the virtualizer, search narrowing them, the signals, and
// an account page — with the directory in the window's thread behind the same client interface as the worker.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot, Disposition } from '@shared/domain/records'
import { withCheckChar } from '@shared/platform/credit-code'
import { initI18n } from '@renderer/app/i18n'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { commitReport } from '@renderer/db/reports'
import { renderRoutes } from '@renderer/testing/render'
import { AccountsRoutes } from './AccountsRoutes'
import { localDirectory } from './directory-client'
import { storeSource } from './store-source'

let db: DeskDatabase
let data: DataLayer
const signals: { name: string; total: unknown }[] = []
const onSignal = (e: Event) => {
  const { name, total } = (e as CustomEvent<{ name: string; total?: unknown }>).detail
  if (name.startsWith('accounts-')) signals.push({ name, total })
}
// the directory in the window's thread instead of a worker: jsdom has none
const directory = () => localDirectory(storeSource(db))
// jsdom lays nothing out: give the table's scroller a height so that the virtualizer shows rows
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')

beforeAll(async () => {
  await initI18n('zh-CN')
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  window.addEventListener('desk:signal', onSignal)
})
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
  window.removeEventListener('desk:signal', onSignal)
})
beforeEach(async () => {
  db = new DeskDatabase(`accounts-ui-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '王五', office: '某市网信办' }))
  signals.length = 0
})
afterEach(async () => {
  cleanup()
  await db.delete()
})

const snap = (accountId: string, accountName: string, o: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  platformId: 'p1', accountId, accountName, holderType: 'person', holderKey: `H-${accountId}`, mcn: '', followers: 100, field: '生活',
  credentialStatus: null, credentialExpiry: null, earningsEnabled: false, entityChangedOn: null, status: 'normal', registeredOn: null,
  snapshotDate: '2026-09-30', ...o,
})
const disp = (id: string, accountId: string, violationDate: string): Disposition => ({
  platformId: 'p1', dispositionId: id, accountId, accountName: '', violationType: 'rumour', violationDate, measure: 'silencing',
  measureStart: violationDate, measureDays: 30, measureEnd: null, permanent: false, followersRemoved: null, reportedToCac: true,
  summary: '编造灾情', contentUrl: '',
})

async function seed() {
  await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '甲平台' }, ['platforms'], (tx) =>
    tx.put('platforms', {
      id: 'p1', name: '甲平台', operator: '甲公司', creditCode: withCheckChar('91310000MA1FL0000'), types: ['shortVideo'], jurisdiction: '上海市',
      contacts: [], note: '', archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    }),
  )
  const accounts = Array.from({ length: 300 }, (_, i) => snap(`acc${String(i).padStart(3, '0')}`, i % 30 === 0 ? `财经Alpha${i}` : `生活号${i}`))
  accounts.push(snap('twin', '双生', { holderKey: 'H-acc007' }))
  const header = (id: string, kind: 'accounts' | 'dispositions', n: number) => ({
    id, platformId: 'p1', kind, periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', fileName: `${id}.csv`,
    sha256: id, encoding: 'utf-8', mapping: {}, counts: { rows: n, accepted: n, rejected: 0, duplicates: 0 },
  }) as const
  await commitReport(data, { header: header('ra', 'accounts', accounts.length), rows: accounts, sourceRows: accounts.map((_, i) => i + 2) }, '王五')
  const dispositions = [disp('D1', 'acc007', '2026-07-01'), disp('D2', 'acc007', '2026-08-01'), disp('D3', 'acc042', '2026-09-01')]
  await commitReport(data, { header: header('rd', 'dispositions', 3), rows: dispositions, sourceRows: [2, 3, 4] }, '王五')
}

function renderAt(path: string) {
  return renderRoutes(
    { db, data },
    path,
    <>
      <Route path="/accounts/*" element={<AccountsRoutes directory={directory} />} />
      <Route path="/reports/:id" element={<div data-testid="report-page" />} />
    </>,
  )
}

const total = () => screen.getByTestId('accounts-total')
const rowIds = () => screen.getAllByTestId('accounts-row').map((r) => r.getAttribute('data-account-id'))

describe('the account list', () => {
  it('renders the rows on screen, most dispositions first, and narrows as the user types', async () => {
    await seed()
    renderAt('/accounts')
    await waitFor(() => expect(total().getAttribute('data-total')).toBe('301'))
    expect(total().textContent).toBe('301')
    await waitFor(() => expect(rowIds().slice(0, 2)).toEqual(['acc007', 'acc042']))
    // only what fits the scroller (600 px of 40 px rows) and the overscan is in the DOM
    expect(rowIds().length).toBeLessThan(40)
    const first = screen.getAllByTestId('accounts-row')[0]!
    expect(within(first).getByText('甲平台')).toBeTruthy()
    expect(within(first).getByText('正常')).toBeTruthy()
    await waitFor(() => expect(signals).toEqual([{ name: 'accounts-ready', total: 301 }]))

    fireEvent.change(screen.getByTestId('accounts-search').querySelector('input') ?? screen.getByTestId('accounts-search'), { target: { value: 'ALPHA' } })
    await waitFor(() => expect(total().textContent).toBe('10'))
    await waitFor(() => expect(rowIds()).toHaveLength(10))
    expect(rowIds().every((id) => Number(id?.slice(3)) % 30 === 0)).toBe(true)
    await waitFor(() => expect(signals.at(-1)).toEqual({ name: 'accounts-filtered', total: 10 }))

    fireEvent.change(screen.getByTestId('accounts-search').querySelector('input') ?? screen.getByTestId('accounts-search'), { target: { value: 'acc04' } })
    await waitFor(() => expect(total().textContent).toBe('10'))
    await waitFor(() => expect(rowIds()[0]).toBe('acc042'))
  })

  it('says when nothing was imported yet', async () => {
    renderAt('/accounts')
    await waitFor(() => expect(total().getAttribute('data-total')).toBe('0'))
    expect(await screen.findByText('尚无账号数据')).toBeTruthy()
  })

  it('opens an account: its snapshot, its timeline with provenance, and its holder\'s other account', async () => {
    await seed()
    renderAt('/accounts')
    await waitFor(() => expect(rowIds()[0]).toBe('acc007'))
    await act(async () => {
      fireEvent.click(screen.getAllByTestId('accounts-row')[0]!)
      await Promise.resolve()
    })
    const page = await screen.findByTestId('account-page')
    expect(page.getAttribute('data-account-id')).toBe('acc007')
    await waitFor(() => expect(screen.getAllByTestId('account-timeline-item')).toHaveLength(3))
    const items = screen.getAllByTestId('account-timeline-item')
    expect(items.map((i) => i.getAttribute('data-kind'))).toEqual(['snapshot', 'disposition', 'disposition'])
    expect(within(items[1]!).getByText('造谣传谣：禁言')).toBeTruthy()
    expect(within(items[1]!).getByText('rd.csv')).toBeTruthy()
    expect(within(items[1]!).getByText('第 3 行')).toBeTruthy()
    const holder = screen.getByTestId('account-holder')
    await waitFor(() => expect(within(holder).getByText('twin')).toBeTruthy())
    expect(within(holder).getByText('该主体在本平台共有 2 个账号')).toBeTruthy()
  })
})
