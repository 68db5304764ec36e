import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '@shared/demo'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { rollbackReport } from '@renderer/db/reports'
import { loadDemo } from '@renderer/features/welcome/load-demo'
import { resolveEvidence } from './evidence'
import { runRuleChecks } from './run-checks'
import { confirmFinding, dismissFinding } from './service'

let db: DeskDatabase
let data: DataLayer
const planted = Object.values(generateDemo().planted).reduce((a, b) => a + b, 0)
const noCtx = { progress: () => undefined, checkCancelled: () => undefined }

beforeAll(async () => {
  db = new DeskDatabase(`findings-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '孙八', office: '网信办' }))
  await ensureBuiltIns(data)
  await loadDemo(data, '孙八', noCtx)
})
afterAll(async () => {
  await db.delete()
})

describe('rule checks against the store', () => {
  it('stores one finding per planted case, explained in Chinese, in one audited write', async () => {
    const result = await runRuleChecks(data, null, noCtx, new Date('2026-11-01T00:00:00Z'))
    expect(result).toMatchObject({ findings: planted, added: planted, kept: 0, removed: 0, catalogueId: 'cac-2023-personal-media@1' })
    const stored = await db.findings.toArray()
    expect(stored).toHaveLength(planted)
    expect(stored.every((f) => f.status === 'open' && f.explanation.length > 10)).toBe(true)
    const last = await db.auditLog.orderBy('seq').last()
    expect(last).toMatchObject({ action: 'findings.run', changes: [{ table: 'findings', bulk: 'put', count: planted }] })
  })

  it('resolves evidence to the rows, their reports and their lines in the file', async () => {
    const n9 = (await db.findings.where('rule').equals('N9.earnings-suspension').toArray())[0]!
    const [first] = await resolveEvidence(db, n9.evidence)
    expect(first).toMatchObject({ type: 'row', kind: 'dispositions', row: { measure: 'silencing', accountId: n9.accountId } })
    expect(first?.type === 'row' && first.sourceRow).toBeGreaterThan(1)
  })

  it('keeps decisions across re-runs and keeps decided findings the data no longer shows', async () => {
    const all = await db.findings.toArray()
    const n9 = all.filter((f) => f.rule === 'N9.earnings-suspension')
    const target = n9[0]!
    await dismissFinding(data, target.id, '孙八', '平台已补充暂停记录')
    const decidedElsewhere = all.find((f) => f.platformId !== target.platformId && f.rule !== 'X.cross-platform')!
    await confirmFinding(data, decidedElsewhere.id, '孙八', '')
    const again = await runRuleChecks(data, null, noCtx)
    expect(again).toMatchObject({ added: 0, kept: planted, removed: 0 })
    expect(await db.findings.get(target.id)).toMatchObject({ status: 'dismissed', decision: { reason: '平台已补充暂停记录', by: '孙八' } })

    // the platform's dispositions report is rolled back: its undecided findings go, the decided one stays as stale
    const report = (await db.reports.where('platformId').equals(target.platformId).toArray()).find((r) => r.kind === 'dispositions')!
    await rollbackReport(data, report.id)
    const after = await runRuleChecks(data, [target.platformId], noCtx)
    expect(after.stale).toBeGreaterThanOrEqual(1)
    expect(await db.findings.get(target.id)).toMatchObject({ status: 'dismissed', stale: true })
    expect(await db.findings.get(decidedElsewhere.id)).toMatchObject({ status: 'confirmed', stale: false })
    const remaining = await db.findings.where('platformId').equals(target.platformId).toArray()
    expect(remaining.filter((f) => f.rule === 'N9.earnings-suspension' && f.id !== target.id)).toEqual([])
  })

  it('refuses to dismiss without a reason', async () => {
    const any = (await db.findings.toArray())[0]!
    await expect(dismissFinding(data, any.id, '孙八', '  ')).rejects.toMatchObject({ userMessage: { key: 'findings.reasonRequired' } })
  })
})
