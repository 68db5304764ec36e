import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route } from 'react-router'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Platform } from '@shared/domain/platform'
import { SAMPLE_PLATFORM, sampleFinding } from '@shared/rectifications/testing'
import { addDays, todayIso } from '@shared/util/dates'
import { initI18n } from '@renderer/app/i18n'
import { session } from '@renderer/app/session'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { DEFAULT_SETTINGS } from '@renderer/db/settings'
import { createBrowserHost, HostProvider, type Host } from '@renderer/host'
import { FindingsRoutes } from '@renderer/features/findings/FindingsRoutes'
import { renderRoutes } from '@renderer/testing/render'
import { OverdueIndicator } from './OverdueIndicator'
import type { PdfRenderer } from './pdf-client'
import { RectificationsRoutes } from './RectificationsRoutes'
import { issueRectification } from './service'

const actor = { name: '张三', office: '南京市互联网信息办公室' }
const settings = { ...DEFAULT_SETTINGS, actor, onboarded: true }
const platform: Platform = { ...SAMPLE_PLATFORM, creditCode: '', types: ['news'], jurisdiction: '', contacts: [], note: '', archived: false, createdAt: '', updatedAt: '' }
const today = todayIso()

let db: DeskDatabase
let data: DataLayer
const saveFile = vi.fn<Host['saveFile']>(({ suggestedName }) => Promise.resolve({ saved: true as const, name: suggestedName }))
const openFiles = vi.fn<Host['openFiles']>(() => Promise.resolve([new File(['整改报告正文'], '整改报告.txt', { type: 'text/plain' })]))
const host: Host = { ...createBrowserHost(), saveFile, openFiles }
const pdf = vi.fn<PdfRenderer>(() => Promise.resolve(new Uint8Array([37, 80, 68, 70])))

beforeAll(async () => {
  await initI18n('zh-CN')
  session.setActor(actor)
  db = new DeskDatabase(`rect-ui-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
  await data.write({ action: 'seed', entity: 'seed', entityId: '', summary: '' }, ['platforms', 'findings'], async (tx) => {
    await tx.put('platforms', platform)
    for (const [id, req] of [['f1', 'N9.1'], ['f2', 'N12.2'], ['f3', 'N8.1'], ['f4', 'N8.1']] as const) await tx.put('findings', sampleFinding(id, req))
  })
  // an order issued five weeks ago and due two weeks ago: overdue
  await issueRectification(
    data,
    { platformId: platform.id, findingIds: ['f4'], numberPrefix: '宁网信整', sequence: 3, issuingOffice: actor.office, issuedOn: addDays(today, -35), addressee: platform.operator, deadline: addDays(today, -14) },
    { by: actor.name, id: 'old' },
  )
}, 30_000)
afterEach(() => {
  cleanup()
})
afterAll(async () => {
  await db.delete()
})

function renderAt(path: string) {
  return renderRoutes(
    { db, data },
    path,
    <Route
      path="/rectifications/*"
      element={
        <HostProvider host={host}>
          <OverdueIndicator />
          <RectificationsRoutes pdfRenderer={pdf} />
        </HostProvider>
      }
    />,
    settings,
  )
}

describe('issuing an order', () => {
  it('starts from a finding, takes another of the platform, numbers it after the last and moves both findings to 整改中', async () => {
    renderAt('/rectifications/new?findings=f1')
    const form = await screen.findByTestId('rectification-form')
    // the office's last prefix and the next number, the operator as addressee, 15 working days
    await waitFor(() => expect(screen.getByTestId('rectification-number-preview').textContent).toBe(`文号：宁网信整〔${today.slice(0, 4)}〕4号`))
    expect(within(form).getByTestId<HTMLInputElement>('rectification-addressee').value).toBe('南京青禾网络科技有限公司')
    expect(within(form).getByTestId<HTMLInputElement>('rectification-office').value).toBe(actor.office)
    const rows = await screen.findAllByTestId('rectification-finding')
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['f3', 'f1', 'f2'])
    expect(within(rows[1]!).getByRole<HTMLInputElement>('checkbox').checked).toBe(true)
    fireEvent.click(within(rows[2]!).getByRole('checkbox'))
    await waitFor(() => expect(within(screen.getByTestId('rectification-basis')).getAllByText(/第(9|12)条/).length).toBe(2))

    fireEvent.click(screen.getByTestId('rectification-save'))
    const detail = await screen.findByTestId('rectification-detail')
    expect(detail.getAttribute('data-status')).toBe('ordered')
    expect(screen.getByTestId('rectification-number').textContent).toBe(`宁网信整〔${today.slice(0, 4)}〕4号`)
    expect((await db.findings.bulkGet(['f1', 'f2', 'f3'])).map((f) => f?.status)).toEqual(['rectifying', 'rectifying', 'open'])
  })

  it('shows the problems of a draft under its fields', async () => {
    renderAt('/rectifications/new?findings=f3')
    await screen.findByTestId('rectification-form')
    fireEvent.change(screen.getByTestId('rectification-prefix'), { target: { value: '宁网信整〔' } })
    fireEvent.click(screen.getByTestId('rectification-save'))
    expect(await screen.findByText('请填写文号前缀（不含〔〕和“号”）')).toBeTruthy()
    expect((await db.findings.get('f3'))?.status).toBe('open')
  })
})

describe('following orders', () => {
  it('lists overdue orders first, in red, and counts them in the header', async () => {
    renderAt('/rectifications')
    await waitFor(() => expect(screen.getAllByTestId('rectification-row').length).toBe(2))
    const rows = screen.getAllByTestId('rectification-row')
    expect(rows.map((r) => [r.getAttribute('data-id'), r.getAttribute('data-overdue')])[0]).toEqual(['old', 'true'])
    expect(rows[1]?.getAttribute('data-overdue')).toBe('false')
    expect(within(rows[0]!).getByTestId('rectification-overdue').textContent).toBe('逾期 14 天')
    await waitFor(() => expect(screen.getByTestId('overdue-count').getAttribute('data-count')).toBe('1'))
    expect(screen.getByTestId('overdue-count').textContent).toBe('逾期整改 1')
  })

  it('records the report with its file, then exports the notice as a PDF through the host', async () => {
    renderAt('/rectifications/old')
    expect((await screen.findByTestId('rectification-detail')).getAttribute('data-overdue')).toBe('true')
    expect(screen.getByTestId('rectification-overdue-alert').textContent).toContain('14')
    expect(screen.queryByTestId('rectification-close')).toBeNull()
    fireEvent.click(screen.getByTestId('rectification-report'))
    fireEvent.change(await screen.findByTestId('rectification-step-notes'), { target: { value: '已暂停相关账号营利权限' } })
    fireEvent.click(screen.getByTestId('rectification-report-files'))
    await screen.findByText('整改报告.txt')
    fireEvent.click(screen.getByTestId('rectification-step-ok'))
    await waitFor(() => expect(screen.getByTestId('rectification-detail').getAttribute('data-status')).toBe('reported'))
    expect(screen.getAllByTestId('rectification-step').map((s) => s.getAttribute('data-kind'))).toEqual(['issued', 'report'])
    const file = await screen.findByTestId('rectification-file')
    expect(file.textContent).toContain('整改报告.txt')
    const stored = (await db.attachments.toArray()).find((a) => a.name === '整改报告.txt')
    expect(stored).toMatchObject({ size: 18, type: 'text/plain' })
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await db.auditLog.orderBy('seq').last()).toMatchObject({ action: 'rectification.report', summary: '宁网信整〔2026〕3号'.replace('2026', addDays(today, -35).slice(0, 4)) })

    fireEvent.click(screen.getByTestId('rectification-pdf'))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    expect(pdf.mock.calls[0]?.[0].id).toBe('old')
    expect(saveFile.mock.calls[0]?.[0]).toMatchObject({ suggestedName: `责令限期整改通知书-宁网信整〔${addDays(today, -35).slice(0, 4)}〕3号.pdf`, filters: [{ extensions: ['pdf'] }] })
  })
})

describe('in the findings drawer', () => {
  function renderBoth(path: string) {
    return renderRoutes(
      { db, data },
      path,
      <>
        <Route path="/findings/*" element={<FindingsRoutes />} />
        <Route path="/rectifications/*" element={<RectificationsRoutes pdfRenderer={pdf} />} />
      </>,
      settings,
    )
  }

  it('shows the order of a finding in rectification, red when it is overdue', async () => {
    renderBoth('/findings/f4')
    const link = await screen.findByTestId('finding-order')
    expect(link.getAttribute('data-id')).toBe('old')
    expect(link.textContent).toContain('整改中：宁网信整')
    expect(within(link).getByTestId('finding-overdue').textContent).toMatch(/^逾期 \d+ 天$/)
    expect(screen.queryByTestId('finding-rectify')).toBeNull()
  })

  it('starts an order from an open finding with 发起整改', async () => {
    renderBoth('/findings/f3')
    fireEvent.click(await screen.findByTestId('finding-rectify'))
    await screen.findByTestId('rectification-form')
    const row = await waitFor(() => {
      const found = screen.getAllByTestId('rectification-finding').find((r) => r.getAttribute('data-id') === 'f3')
      expect(found).toBeDefined()
      return found!
    })
    expect(within(row).getByRole<HTMLInputElement>('checkbox').checked).toBe(true)
  })
})
