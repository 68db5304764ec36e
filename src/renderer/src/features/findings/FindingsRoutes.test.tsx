import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route } from 'react-router'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '@shared/demo'
import { initI18n } from '@renderer/app/i18n'
import { session } from '@renderer/app/session'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { TaskCancelled } from '@renderer/lib/tasks'
import { openDemoStore } from '@renderer/testing/demo-store'
import { renderRoutes, type TestStore } from '@renderer/testing/render'
import { FindingsRoutes } from './FindingsRoutes'
import type { ChecksRunner } from './run-client'
import { runRuleChecks } from './run-checks'

const actor = { name: '王五', office: '某市网信办' }
const planted = Object.values(generateDemo().planted).reduce((a, b) => a + b, 0)

let db: DeskDatabase
let data: DataLayer
// the rules in the window's thread instead of the worker: jsdom has none
const runner: ChecksRunner = (payload, options) =>
  runRuleChecks(data, payload.platformIds, {
    progress: () => undefined,
    checkCancelled: () => {
      if (options.signal.aborted) throw new TaskCancelled()
    },
  })

beforeAll(async () => {
  await initI18n('zh-CN')
  session.setActor(actor)
  ;({ db, data } = await openDemoStore('findings-ui', actor))
}, 60_000)
afterEach(() => {
  cleanup()
})
afterAll(async () => {
  await db.delete()
})

function renderAt(path: string, store: TestStore = { db, data }, run: ChecksRunner = runner) {
  return renderRoutes(store, path, <Route path="/findings/*" element={<FindingsRoutes runner={run} />} />)
}

const rows = () => screen.queryAllByTestId('finding-row')

async function rowCount(n: number) {
  await waitFor(() => expect(rows()).toHaveLength(n))
}

/** Picks an option of the Ant Design select marked `testId` (its options live in a popup). */
async function choose(testId: string, label: string) {
  const select = screen.getByTestId(testId)
  fireEvent.mouseDown(select.querySelector('input') ?? select)
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title') === label)
    expect(found).toBeDefined()
    return found!
  })
  fireEvent.click(option)
}

async function openFinding(rule: string) {
  const row = await waitFor(() => {
    const found = rows().find((r) => r.getAttribute('data-rule') === rule && r.getAttribute('data-status') === 'open')
    expect(found).toBeDefined()
    return found!
  })
  const id = row.getAttribute('data-id')!
  fireEvent.click(row)
  const detail = await screen.findByTestId('finding-detail')
  expect(detail.getAttribute('data-id')).toBe(id)
  return { id, detail }
}

describe('the findings list', () => {
  it('lists the open findings with their counts per severity, and the filters narrow it', async () => {
    renderAt('/findings')
    await rowCount(planted)
    expect(screen.getByTestId('findings-table').contains(rows()[0]!)).toBe(true)
    const counts = screen.getAllByTestId('findings-severity-count').map((el) => Number(el.getAttribute('data-count')))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(planted)

    await choose('findings-filter-rule', '禁言未同步暂停营利权限')
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
    await waitFor(() => expect(rows().every((r) => r.getAttribute('data-rule') === 'N9.earnings-suspension')).toBe(true))
    const n9 = rows().length
    expect(n9).toBeLessThan(planted)

    const platforms = await db.platforms.toArray()
    const withN9 = (await db.findings.where('rule').equals('N9.earnings-suspension').toArray()).map((f) => f.platformId)
    const platform = platforms.find((p) => withN9.includes(p.id))!
    await choose('findings-filter-platform', platform.name)
    await rowCount(withN9.filter((id) => id === platform.id).length)

    const high = screen.getAllByTestId('findings-severity-count').find((el) => el.getAttribute('data-severity') === 'high')!
    fireEvent.click(high)
    await rowCount(Number(high.getAttribute('data-count')))
  })

  it('reads its filters from the address, as the scorecard links to it', async () => {
    renderAt('/findings?article=N12')
    const expected = (await db.findings.toArray()).filter((f) => f.requirementId.startsWith('N12.') && (f.status === 'open' || f.status === 'confirmed'))
    expect(expected.length).toBeGreaterThan(0)
    await rowCount(expected.length)
  })

  it('refuses to dismiss without a reason, in Chinese, and stores nothing', async () => {
    renderAt('/findings')
    const { id } = await openFinding('N12.closure-blacklist')
    const auditBefore = await db.auditLog.count()
    fireEvent.click(screen.getByTestId('finding-dismiss'))
    await screen.findByTestId('finding-dismiss-reason')
    await act(async () => {
      fireEvent.click(screen.getByTestId('finding-dismiss-ok'))
      await Promise.resolve()
    })
    expect((await screen.findByTestId('finding-decision-error')).textContent).toBe('请填写排除的理由')
    expect(await db.findings.get(id)).toMatchObject({ status: 'open', decision: null })
    expect(await db.auditLog.count()).toBe(auditBefore)

    fireEvent.change(screen.getByTestId('finding-dismiss-reason'), { target: { value: '平台已补报黑名单记录' } })
    await waitFor(() => expect(screen.queryByTestId('finding-decision-error')).toBeNull())
    fireEvent.click(screen.getByTestId('finding-dismiss-ok'))
    await waitFor(async () => expect(await db.findings.get(id)).toMatchObject({ status: 'dismissed', decision: { by: '王五', reason: '平台已补报黑名单记录' } }))
    // dismissed findings leave the default list
    await waitFor(() => expect(rows().some((r) => r.getAttribute('data-id') === id)).toBe(false))
  })

  it('confirms with a note, stores the decision with who and when, and shows it in the history', async () => {
    renderAt('/findings')
    const { id, detail } = await openFinding('N8.clean-record')
    expect(within(detail).getByTestId('finding-notice').textContent).toContain('营利权限')
    const evidence = within(detail).getByTestId('finding-evidence')
    await waitFor(() => expect(within(evidence).getAllByTestId('evidence-item').length).toBeGreaterThan(0))
    expect(within(evidence).getAllByTestId('evidence-line')[0]?.textContent).toMatch(/^第 \d+ 行$/)
    expect(within(evidence).getAllByTestId('evidence-account')[0]?.getAttribute('href')).toMatch(/^\/accounts\/[^/]+\/[^/]+$/)

    const saved = new Promise<void>((resolve) =>
      window.addEventListener('desk:signal', (e) => {
        if ((e as CustomEvent<{ name: string }>).detail.name === 'saved') resolve()
      }),
    )
    fireEvent.click(screen.getByTestId('finding-confirm'))
    fireEvent.change(await screen.findByTestId('finding-confirm-note'), { target: { value: '已与平台核实' } })
    fireEvent.click(screen.getByTestId('finding-confirm-ok'))
    await saved
    const stored = await db.findings.get(id)
    expect(stored).toMatchObject({ status: 'confirmed', decision: { status: 'confirmed', by: '王五', reason: '已与平台核实' } })
    expect(await db.auditLog.orderBy('seq').last()).toMatchObject({ action: 'finding.confirm', entityId: id, actor })
    await waitFor(() => expect(screen.getAllByTestId('finding-history-event').map((e) => e.getAttribute('data-kind'))).toEqual(['found', 'confirm']))
    await waitFor(() => expect(screen.getByTestId('finding-detail').getAttribute('data-status')).toBe('confirmed'))
    expect(screen.getByTestId('finding-reopen')).toBeTruthy()
  })

  it('runs the rule checks again and says what changed, keeping the decisions', async () => {
    renderAt('/findings')
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
    fireEvent.click(screen.getByTestId('findings-run'))
    const result = await screen.findByTestId('findings-run-counts')
    expect(result.textContent).toBe(`新增 0 项，仍存在 ${planted} 项，已消除 0 项，失效保留 0 项`)
    expect((await db.findings.where('status').equals('dismissed').toArray()).length).toBe(1)
  })
})

describe('cancelling a run', () => {
  it('leaves the findings as they were and says so', async () => {
    // a run that waits for the cancel, then goes on as the worker would: it stops at its next check
    const waitsForCancel: ChecksRunner = (payload, options) =>
      new Promise<void>((resolve) => options.signal.addEventListener('abort', () => resolve())).then(() => runner(payload, options))
    const before = (await db.findings.toArray()).map((f) => `${f.id}:${f.status}:${f.updatedAt}`).sort()
    const auditBefore = await db.auditLog.count()
    renderAt('/findings', { db, data }, waitsForCancel)
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
    fireEvent.click(screen.getByTestId('findings-run'))
    fireEvent.click(await screen.findByTestId('task-cancel'))
    await screen.findByText('已取消规则检查，问题清单未作改动')
    expect(screen.queryByTestId('findings-run-result')).toBeNull()
    expect((await db.findings.toArray()).map((f) => `${f.id}:${f.status}:${f.updatedAt}`).sort()).toEqual(before)
    expect(await db.auditLog.count()).toBe(auditBefore)
  })
})

describe('an empty store', () => {
  it('says that no reports have been imported', async () => {
    const empty = new DeskDatabase(`findings-empty-${Math.random()}`)
    await empty.open()
    try {
      renderAt('/findings', { db: empty, data: new DataLayer(empty, () => actor) })
      expect((await screen.findByTestId('findings-empty')).textContent).toContain('尚未导入任何报送')
      expect(screen.queryByTestId('findings-run')).toBeNull()
    } finally {
      cleanup()
      await empty.delete()
    }
  })
})
