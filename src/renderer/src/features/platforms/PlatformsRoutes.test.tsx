import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { withCheckChar } from '@shared/platform/credit-code'
import { initI18n } from '@renderer/app/i18n'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { renderRoutes } from '@renderer/testing/render'
import { PlatformsRoutes } from './PlatformsRoutes'

const actor = { name: '王五', office: '某市网信办' }
const CODE = withCheckChar('91110108MA01ABCD3')
const WRONG_CODE = CODE.slice(0, 17) + (CODE.endsWith('1') ? '2' : '1')

let db: DeskDatabase
let data: DataLayer

beforeAll(async () => {
  await initI18n('zh-CN')
})
beforeEach(async () => {
  db = new DeskDatabase(`ui-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
})
afterEach(async () => {
  cleanup()
  await db.delete()
})

function renderAt(path: string) {
  return renderRoutes({ db, data }, path, <Route path="/platforms/*" element={<PlatformsRoutes />} />)
}

function type(testId: string, value: string) {
  fireEvent.change(within(screen.getByTestId('platform-form')).getByTestId(testId), { target: { value } })
}

async function openNewForm() {
  fireEvent.click(await screen.findByTestId('platform-new'))
  await screen.findByTestId('platform-form')
}

function fillForm(fields: { name: string; creditCode: string }) {
  type('platform-name', fields.name)
  type('platform-operator', '北京某某科技有限公司')
  type('platform-credit-code', fields.creditCode)
  type('platform-jurisdiction', '北京市海淀区')
  fireEvent.click(within(screen.getByTestId('platform-form')).getByLabelText('短视频'))
  fireEvent.click(screen.getByTestId('platform-contact-add'))
  type('platform-contact-name', '张三')
  type('platform-contact-phone', '010-12345678')
}

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('platform-save'))
    await Promise.resolve()
  })
}

async function seedPlatform() {
  await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: 'TopVideo 短视频' }, ['platforms'], (tx) =>
    tx.put('platforms', {
      id: 'p1', name: 'TopVideo 短视频', operator: '甲公司', creditCode: withCheckChar('91310000MA1FL0000'), types: ['live'], jurisdiction: '上海市',
      contacts: [{ name: '赵六', role: '合规负责人', phone: '021-87654321', email: '' }], note: '', archived: false,
      createdAt: '2026-07-01T00:00:00.000Z', updatedAt: '2026-07-01T00:00:00.000Z',
    }),
  )
}

describe('platforms page', () => {
  it('shows the credit-code checksum problem next to the field and stores nothing', async () => {
    renderAt('/platforms')
    await openNewForm()
    fillForm({ name: '某某短视频', creditCode: WRONG_CODE })
    await save()
    const error = await screen.findByText('统一社会信用代码校验位不正确')
    expect(error.closest('[data-testid="platform-field-error"]')?.getAttribute('data-path')).toBe('creditCode')
    expect(screen.getAllByTestId('platform-field-error')).toHaveLength(1)
    expect(await db.platforms.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('clears the problem as soon as the field is corrected', async () => {
    renderAt('/platforms')
    await openNewForm()
    fillForm({ name: '某某短视频', creditCode: WRONG_CODE })
    await save()
    await screen.findByText('统一社会信用代码校验位不正确')
    type('platform-credit-code', CODE)
    await waitFor(() => expect(screen.queryByTestId('platform-field-error')).toBeNull())
  })

  it('keeps a problem on its own contact when another contact is removed', async () => {
    renderAt('/platforms')
    await openNewForm()
    fillForm({ name: '某某短视频', creditCode: CODE })
    fireEvent.click(screen.getByTestId('platform-contact-add'))
    fireEvent.change(screen.getAllByTestId('platform-contact-name')[1]!, { target: { value: '李四' } })
    fireEvent.change(screen.getAllByTestId('platform-contact-phone')[1]!, { target: { value: '12345' } })
    await save()
    const error = await screen.findByText('联系电话格式不正确')
    expect(error.closest('[data-testid="platform-field-error"]')?.getAttribute('data-path')).toBe('contacts.1.phone')
    fireEvent.click(screen.getAllByTestId('platform-contact-remove')[0]!)
    await waitFor(() => {
      expect(screen.getAllByTestId('platform-contact')).toHaveLength(1)
      expect(screen.getByText('联系电话格式不正确').closest('[data-testid="platform-field-error"]')?.getAttribute('data-path')).toBe('contacts.0.phone')
    })
    expect(await db.platforms.count()).toBe(0)
  })

  it('stores a valid platform with an audit entry, and lists it', async () => {
    renderAt('/platforms')
    await openNewForm()
    fillForm({ name: '某某短视频', creditCode: CODE.toLowerCase() })
    const saved = new Promise<void>((resolve) => window.addEventListener('desk:signal', (e) => {
      if ((e as CustomEvent<{ name: string }>).detail.name === 'saved') resolve()
    }))
    await save()
    await saved
    const [platform] = await db.platforms.toArray()
    expect(platform).toMatchObject({
      name: '某某短视频', creditCode: CODE, types: ['shortVideo'], jurisdiction: '北京市海淀区',
      contacts: [{ name: '张三', role: '', phone: '010-12345678', email: '' }], archived: false,
    })
    const log = await db.auditLog.toArray()
    expect(log).toMatchObject([{ action: 'platform.create', entityId: platform?.id, summary: '某某短视频', actor }])
    const row = await waitFor(() => {
      const found = document.querySelector('[data-testid="platform-row"][data-name="某某短视频"]')
      expect(found).not.toBeNull()
      return found as HTMLElement
    })
    expect(within(row).getByText('短视频')).toBeTruthy()
  })

  it('refuses a duplicate name with the Chinese message and stores nothing more', async () => {
    await seedPlatform()
    renderAt('/platforms')
    await openNewForm()
    // the same name in full-width letters counts as the same name
    fillForm({ name: ' ＴＯＰＶＩＤＥＯ  短视频 ', creditCode: CODE })
    await save()
    const error = await screen.findByText('已有同名平台“TopVideo 短视频”')
    expect(error.closest('[data-testid="platform-field-error"]')?.getAttribute('data-path')).toBe('name')
    expect(await db.platforms.count()).toBe(1)
    expect(await db.auditLog.count()).toBe(1)
  })

  it('shows a platform with its contacts and reports, and archives it after confirmation', async () => {
    await seedPlatform()
    await data.write({ action: 'report.commit', entity: 'report', entityId: 'r1', summary: 'q2.csv' }, ['reports'], (tx) =>
      tx.put('reports', {
        id: 'r1', platformId: 'p1', kind: 'dispositions', periodStart: '2026-04-01', periodEnd: '2026-06-30', receivedOn: '2026-07-08',
        fileName: 'q2.csv', sha256: 'abc', encoding: 'utf-8', mapping: {}, counts: { rows: 12840, accepted: 12840, rejected: 0, duplicates: 0 },
        stats: { accounts: 0, byMonth: {}, byCategory: {}, byMeasure: {} }, importedBy: '李四', importedAt: '2026-07-09T02:30:00.000Z',
        status: 'committed', segments: 2,
      }),
    )
    renderAt('/platforms/p1')
    expect((await screen.findByTestId('platform-title')).textContent).toBe('TopVideo 短视频')
    const reports = await screen.findByTestId('platform-reports')
    await within(reports).findByText('q2.csv')
    expect(within(reports).getByText('处置记录')).toBeTruthy()
    expect(within(reports).getByText('2026-04-01 至 2026-06-30')).toBeTruthy()
    expect(within(reports).getByText('12,840')).toBeTruthy()
    expect(screen.getByText('021-87654321')).toBeTruthy()

    fireEvent.click(screen.getByTestId('platform-archive'))
    expect(await db.platforms.get('p1')).toMatchObject({ archived: false })
    fireEvent.click(await screen.findByTestId('platform-archive-confirm'))
    await screen.findByTestId('platform-restore')
    expect(await db.platforms.get('p1')).toMatchObject({ archived: true })
    expect((await db.auditLog.orderBy('seq').last())?.action).toBe('platform.archive')
  })
})
