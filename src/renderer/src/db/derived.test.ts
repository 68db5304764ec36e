import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Disposition } from '@shared/domain/records'
import { DataLayer } from './data-layer'
import { DeskDatabase } from './database'
import { storedKeys } from './derived'
import { commitReport, rollbackReport, type ReportHeader } from './reports'

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`derived-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '赵六', office: '网信办' }))
})
afterEach(async () => {
  await db.delete()
})

const row = (id: string, accountId: string, violationDate: string): Disposition => ({
  platformId: 'p1', dispositionId: id, accountId, accountName: accountId.toUpperCase(), violationType: 'rumour', violationDate,
  measure: 'warning', measureStart: null, measureDays: null, measureEnd: null, permanent: false, followersRemoved: null,
  reportedToCac: null, summary: '', contentUrl: '',
})
const header = (id: string, sha256: string): ReportHeader & { kind: 'dispositions' } => ({
  id, platformId: 'p1', kind: 'dispositions', periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08',
  fileName: `${id}.csv`, sha256, encoding: 'utf-8', mapping: {}, counts: { rows: 2, accepted: 2, rejected: 0, duplicates: 0 },
})

async function directory() {
  const chunks = await db.accountDirectory.where('platformId').equals('p1').toArray()
  const c = chunks[0]?.columns
  return c ? c.accountId.map((id, i) => [id, c.dispositions[i], c.refs[i]]) : []
}

describe('derived data kept with the rows', () => {
  it('adds each report\'s keys and extends the directory at commit; rollback removes exactly that report\'s part', async () => {
    const t0 = new Date('2026-10-09T00:00:00Z')
    const t1 = new Date('2026-10-10T00:00:00Z')
    await commitReport(data, { header: header('r1', 'a'), rows: [row('D1', 'u1', '2026-07-01'), row('D2', 'u2', '2026-07-02')], sourceRows: [2, 3] }, '赵六', t0)
    await commitReport(data, { header: header('r2', 'b'), rows: [row('D3', 'u1', '2026-08-01')], sourceRows: [2] }, '赵六', t1)
    expect([...(await storedKeys(db, 'p1', 'dispositions'))].sort()).toEqual(['D1\u0001warning', 'D2\u0001warning', 'D3\u0001warning'])
    expect(await directory()).toEqual([['u1', 2, 'r1:000000 r2:000000'], ['u2', 1, 'r1:000000']])

    await rollbackReport(data, 'r1')
    expect([...(await storedKeys(db, 'p1', 'dispositions'))]).toEqual(['D3\u0001warning'])
    expect(await directory()).toEqual([['u1', 1, 'r2:000000']])
    // the directory is derived data: the audit records how many chunks, not their contents
    const last = await db.auditLog.orderBy('seq').last()
    expect(last?.changes).toContainEqual({ table: 'accountDirectory', bulk: 'put', count: 1 })
  })
})
