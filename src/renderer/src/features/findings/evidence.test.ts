import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Disposition } from '@shared/domain/records'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { commitReport, rollbackReport } from '@renderer/db/reports'
import { resolveEvidence } from './evidence'

let db: DeskDatabase
let data: DataLayer

const disp = (id: string): Disposition => ({
  platformId: 'p1', dispositionId: id, accountId: 'a1', accountName: '甲', violationType: 'rumour', violationDate: '2026-08-01', measure: 'silencing',
  measureStart: '2026-08-01', measureDays: 7, measureEnd: null, permanent: false, followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
})

beforeAll(async () => {
  db = new DeskDatabase(`evidence-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '孙八', office: '网信办' }))
})
afterAll(async () => {
  await db.delete()
})

describe('evidence whose report was rolled back', () => {
  it('is missing, and names the report it came from', async () => {
    const report = await commitReport(
      data,
      {
        header: {
          id: 'r1', platformId: 'p1', kind: 'dispositions', periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', fileName: 'q3.csv',
          sha256: 'x', encoding: 'utf-8', mapping: {}, counts: { rows: 2, accepted: 2, rejected: 0, duplicates: 0 },
        },
        rows: [disp('D1'), disp('D2')],
        sourceRows: [2, 3],
      },
      '孙八',
    )
    const [segment] = await db.segments.where('reportId').equals(report.id).toArray()
    const ref = `${segment!.id}#1`
    expect(await resolveEvidence(db, [ref])).toMatchObject([{ type: 'row', sourceRow: 3, row: { dispositionId: 'D2' } }])
    await rollbackReport(data, report.id)
    expect(await resolveEvidence(db, [ref, 'nowhere:000000#0', 'no-report'])).toMatchObject([
      { ref, type: 'missing', report: { id: 'r1', fileName: 'q3.csv', status: 'rolledBack' } },
      { ref: 'nowhere:000000#0', type: 'missing', report: null },
      { ref: 'no-report', type: 'missing', report: null },
    ])
  })
})
