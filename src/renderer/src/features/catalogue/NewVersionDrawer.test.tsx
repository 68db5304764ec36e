// The new-version form against a real store (fake IndexedDB): an out-of-range value is refused beside its
// field in Chinese and stores nothing; a valid change stores version 2 with its audit entry.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import { NOTICE_CODE } from '@shared/catalogue/notice-2023'
import { parameterValues } from '@shared/catalogue/versions'
import { DeskProvider } from '@renderer/app/desk'
import { i18n, initI18n } from '@renderer/app/i18n'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { DEFAULT_SETTINGS, writeSetting } from '@renderer/db/settings'
import { CatalogueRoutes } from './CatalogueRoutes'

const actor = { name: '李四', office: '某市网信办' }
let db: DeskDatabase
let data: DataLayer

beforeAll(async () => {
  await initI18n('zh-CN')
})

beforeEach(async () => {
  db = new DeskDatabase(`catalogue-test-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
  await writeSetting(data, 'actor', actor)
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function renderVersionPage() {
  return render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <DeskProvider db={db} data={data} initial={{ ...DEFAULT_SETTINGS, actor, onboarded: true }}>
          <MemoryRouter initialEntries={[`/catalogue/${encodeURIComponent(`${NOTICE_CODE}@1`)}`]}>
            <Routes>
              <Route path="/catalogue/*" element={<CatalogueRoutes />} />
            </Routes>
          </MemoryRouter>
        </DeskProvider>
      </AntApp>
    </I18nextProvider>,
  )
}

async function openForm(): Promise<HTMLElement> {
  renderVersionPage()
  fireEvent.click(await screen.findByTestId('new-version'))
  return screen.findByTestId('new-version-form')
}

function setNumber(testId: string, value: string): void {
  const input = screen.getByTestId(testId)
  expect(input.tagName).toBe('INPUT')
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}

describe('new catalogue version', () => {
  it('shows the version page with the notice requirements', async () => {
    renderVersionPage()
    const n91 = await screen.findByTestId('requirement-N9.1')
    expect(n91.textContent).toContain('时长为禁言期限的2至3倍')
    expect(within(n91).getByTestId('requirement-parameter-earningsSuspensionMultiple').textContent).toContain('2–3倍')
  }, 30_000)

  it('refuses an out-of-range value beside its field, in Chinese, and stores nothing', async () => {
    const form = await openForm()
    setNumber('parameter-accountsPerPerson', '11')
    fireEvent.click(screen.getByTestId('new-version-save'))
    expect(await within(form).findByText('应在 1 至 10 之间')).toBeTruthy()

    setNumber('parameter-earningsSuspensionMultiple-min', '4')
    expect(await within(form).findByText('下限不能大于上限')).toBeTruthy()

    fireEvent.click(screen.getByTestId('new-version-save'))
    // give a wrongly accepted save every chance to land before counting
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)))
    expect(await db.catalogues.count()).toBe(1)
    expect(await db.auditLog.where('action').equals('catalogue.create').count()).toBe(0)
  }, 30_000)

  it('stores a valid change as version 2 with an audit entry, then shows it', async () => {
    await openForm()
    setNumber('parameter-accountsPerPerson', '2')
    fireEvent.change(screen.getByTestId('new-version-note'), { target: { value: '依据省网信办通知调整' } })
    const savedBefore = Number(document.documentElement.dataset.signalSaved ?? '0')
    fireEvent.click(screen.getByTestId('new-version-save'))

    await waitFor(async () => expect(await db.catalogues.count()).toBe(2), { timeout: 10_000 })
    const v2 = await db.catalogues.get(`${NOTICE_CODE}@2`)
    expect(v2).toMatchObject({ version: 2, basedOn: 1, builtIn: false, createdBy: '李四', note: '依据省网信办通知调整' })
    expect(parameterValues(v2!)).toMatchObject({ accountsPerPerson: 2, accountsPerEnterprise: 2 })

    const entries = await db.auditLog.orderBy('seq').toArray()
    expect(entries.at(-1)).toMatchObject({ action: 'catalogue.create', entityId: `${NOTICE_CODE}@2`, actor })
    expect(verifyChain(entries).ok).toBe(true)

    await waitFor(() => expect(screen.getByTestId('catalogue-version').dataset.catalogueId).toBe(`${NOTICE_CODE}@2`))
    expect(Number(document.documentElement.dataset.signalSaved)).toBe(savedBefore + 1)
    expect(await screen.findByText('已保存为第 2 版')).toBeTruthy()
    expect(screen.queryByText('未保存：请先修正标出的问题')).toBeNull()
  }, 30_000)
})
