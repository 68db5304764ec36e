// The inspection page in jsdom: the checklist walked and filled with the keyboard alone (move, results,
// notes, attach), the progress and article scores following, keys left alone while typing, and a closed
// inspection shown read-only with its evidence re-verified.
// eslint-disable-next-line no-restricted-imports -- Node's Blob for the test: fake-indexeddb cannot store jsdom's
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import type { Catalogue } from '@shared/catalogue/types'
import type { Platform } from '@shared/domain/platform'
import { DeskProvider } from '@renderer/app/desk'
import { i18n, initI18n } from '@renderer/app/i18n'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { DEFAULT_SETTINGS } from '@renderer/db/settings'
import { createBrowserHost, HostProvider, type Host } from '@renderer/host'
import { InspectionFindingEvidence } from './FindingEvidence'
import { InspectionsRoutes } from './InspectionsRoutes'
import { accept, addAttachment, createInspection, setItemResult, submit } from './service'

const actor = { name: '周检查', office: '某市网信办' }
const editor = { by: actor.name }
const platform: Platform = {
  id: 'p1', name: '问渠知识', operator: '问渠网络科技有限公司', creditCode: '91320000MA1X000000', types: ['qa'], jurisdiction: '南京市',
  contacts: [], note: '', archived: false, createdAt: '', updatedAt: '',
}
// a short catalogue: Ant Design renders slowly in jsdom, and six items show everything a long list would
const notice = noticeCatalogue()
const catalogue: Catalogue = { ...notice, id: 'test@1', code: 'test', builtIn: false, requirements: notice.requirements.filter((r) => ['N1.1', 'N1.2', 'N3.1', 'N9.1', 'N12.1', 'N13.1'].includes(r.id)) }
const plan = { platformId: 'p1', kind: 'routine', title: '问渠知识例行检查', plannedStart: '2026-09-01', plannedEnd: '2026-09-03', team: ['周检查'], catalogueId: 'test@1' }

let db: DeskDatabase
let data: DataLayer
let picked: File[] = []
const host: Host = { ...createBrowserHost(), openFiles: () => Promise.resolve(picked) }

beforeAll(async () => {
  // evidence is stored as a Blob, and read back to be verified: the store must be able to keep it
  vi.stubGlobal('Blob', NodeBlob)
  vi.stubGlobal('File', NodeFile)
  await initI18n('zh-CN')
  db = new DeskDatabase(`inspections-ui-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
  await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '' }, ['platforms', 'catalogues'], async (tx) => {
    await tx.put('platforms', platform)
    await tx.put('catalogues', catalogue)
  })
})
afterEach(() => {
  cleanup()
})
afterAll(async () => {
  await db.delete()
  vi.unstubAllGlobals()
})

function renderAt(path: string, element = <InspectionsRoutes />) {
  return render(
    <I18nextProvider i18n={i18n}>
      <DeskProvider db={db} data={data} initial={{ ...DEFAULT_SETTINGS, actor }}>
        <HostProvider host={host}>
          <AntApp>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path="/inspections/*" element={element} />
              </Routes>
            </MemoryRouter>
          </AntApp>
        </HostProvider>
      </DeskProvider>
    </I18nextProvider>,
  )
}

const items = () => screen.getAllByTestId('checklist-item')
const press = (key: string, target: Element = document.body) =>
  act(async () => {
    fireEvent.keyDown(target, { key })
    await Promise.resolve()
  })
const resultOf = (i: number) => items()[i]!.getAttribute('data-result')
const current = () => items().findIndex((el) => el.getAttribute('data-current') === 'true')

describe('the checklist with the keyboard alone', () => {
  it('moves, sets results, writes notes, attaches — and the progress and scores follow', async () => {
    const inspection = await createInspection(data, editor, plan)
    renderAt(`/inspections/${inspection.id}`)
    await waitFor(() => expect(items()).toHaveLength(catalogue.requirements.filter((r) => r.appliesTo.includes('qa')).length))
    const total = items().length
    expect(screen.getByTestId('inspection-page').getAttribute('data-status')).toBe('planned')
    expect(screen.getByTestId('inspection-progress').getAttribute('data-assessed')).toBe('0')
    expect(current()).toBe(0)

    // 1 on the first item: compliant, and the inspection has begun
    await press('1')
    await waitFor(() => expect(resultOf(0)).toBe('compliant'))
    await waitFor(() => expect(screen.getByTestId('inspection-page').getAttribute('data-status')).toBe('inProgress'))
    expect(current()).toBe(0)

    // j, 3: the next one non-compliant; k, 2: back to the first, partial
    await press('j')
    expect(current()).toBe(1)
    await press('3')
    await waitFor(() => expect(resultOf(1)).toBe('nonCompliant'))
    await press('ArrowUp')
    await press('2')
    await waitFor(() => expect(resultOf(0)).toBe('partial'))
    await press('End')
    expect(current()).toBe(total - 1)
    await press('4')
    await waitFor(() => expect(resultOf(total - 1)).toBe('notApplicable'))
    await press('Home')
    expect(current()).toBe(0)
    await waitFor(() => expect(screen.getByTestId('inspection-progress').getAttribute('data-assessed')).toBe('3'))
    const n1 = screen.getAllByTestId('article-score').find((el) => el.getAttribute('data-article') === 'N1')
    await waitFor(() => expect(n1?.getAttribute('data-score')).toBe('25'))

    // n: into the notes; keys there are typing, not commands; Esc comes back and saves
    await press('n')
    const notes = within(items()[0]!).getByTestId('item-notes')
    expect(document.activeElement).toBe(notes)
    await press('1', notes)
    expect(resultOf(0)).toBe('partial')
    fireEvent.change(notes, { target: { value: '抽查20个账号，3个未人工审核' } })
    await press('Escape', notes)
    expect(document.activeElement).toBe(items()[0])
    await act(async () => {
      fireEvent.blur(notes)
      await Promise.resolve()
    })
    await waitFor(async () => expect((await db.inspectionItems.get(items()[0]!.getAttribute('data-item-id')!))?.notes).toBe('抽查20个账号，3个未人工审核'))

    // a: files from the host become evidence of the current item, hashed and verified
    picked = [new File(['审核规则'], '审核规则.txt', { type: 'text/plain' })]
    await press('a')
    const evidence = await within(items()[0]!).findByTestId('attachment')
    expect(evidence.getAttribute('data-sha256')).toMatch(/^[0-9a-f]{64}$/)
    await waitFor(() => expect(evidence.getAttribute('data-verified')).toBe('verified'))

    // the shortcuts are listed on the page, and ? shows them
    expect(screen.getByTestId('inspection-shortcuts')).toBeTruthy()
  })

  it('shows a closed inspection read-only: keys change nothing, evidence is re-verified', async () => {
    const inspection = await createInspection(data, editor, { ...plan, title: '已办结的检查' })
    const stored = await db.inspectionItems.where('inspectionId').equals(inspection.id).toArray()
    for (const item of stored) await setItemResult(data, editor, item.id, 'compliant')
    await setItemResult(data, editor, stored[0]!.id, 'nonCompliant')
    await addAttachment(data, editor, stored[0]!.id, { data: new File(['证据'], 'a.txt', { type: 'text/plain' }), name: 'a.txt' })
    await submit(data, editor, inspection.id)
    const { findings } = await accept(data, { by: '吴审核' }, inspection.id)

    renderAt(`/inspections/${inspection.id}`)
    await screen.findByTestId('inspection-readonly')
    await waitFor(() => expect(items().length).toBe(stored.length))
    expect(screen.queryByTestId('inspection-submit')).toBeNull()
    expect(screen.queryByTestId('item-attach')).toBeNull()
    const first = items().findIndex((el) => el.getAttribute('data-item-id') === stored[0]!.id)
    await press('3')
    expect(resultOf(first === 0 ? 1 : 0)).toBe('compliant')
    await waitFor(() => expect(screen.getByTestId('attachment').getAttribute('data-verified')).toBe('verified'))
    await screen.findByTestId('evidence-verified')
    cleanup()

    // the finding it left shows the item and its evidence, not "missing records"
    expect(findings).toHaveLength(1)
    renderAt('/inspections', <InspectionFindingEvidence finding={findings[0]!} />)
    const shown = await screen.findByTestId('finding-inspection-evidence')
    await waitFor(() => expect(within(shown).getByTestId('attachment').getAttribute('data-verified')).toBe('verified'))
    expect(within(shown).getByText('不符合')).toBeTruthy()
    expect(within(shown).getByText('来自督导检查“已办结的检查”')).toBeTruthy()
  })
})
