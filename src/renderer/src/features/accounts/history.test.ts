// An account's history read from the store (fake-indexeddb): only the segments its directory entry names,
// its rows in them newest day first with provenance, and what a rollback leaves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DirectoryService } from '@shared/accounts/directory-service'
import type { AccountSnapshot, Disposition, EarningsChange, ReportKind, RowsByKind } from '@shared/domain/records'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { commitReport, rollbackReport, type ReportHeader } from '@renderer/db/reports'
import { loadHistory } from './history'
import { storeSource } from './store-source'

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`history-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '赵六', office: '网信办' }))
})
afterEach(async () => {
  await db.delete()
})

const snap = (accountId: string, snapshotDate: string, o: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  platformId: 'p1', accountId, accountName: `名-${accountId}`, holderType: 'person', holderKey: `H-${accountId}`, mcn: '', followers: 1000,
  field: '金融', credentialStatus: 'verified', credentialExpiry: '2027-01-01', earningsEnabled: true, entityChangedOn: null, status: 'normal',
  registeredOn: '2024-05-01', snapshotDate, ...o,
})
const disp = (id: string, accountId: string, violationDate: string, o: Partial<Disposition> = {}): Disposition => ({
  platformId: 'p1', dispositionId: id, accountId, accountName: '', violationType: 'rumour', violationDate, measure: 'silencing',
  measureStart: violationDate, measureDays: 30, measureEnd: null, permanent: false, followersRemoved: null, reportedToCac: true,
  summary: '', contentUrl: '', ...o,
})
const earn = (accountId: string, effectiveDate: string): EarningsChange => ({
  platformId: 'p1', accountId, accountName: '', action: 'suspend', effectiveDate, endDate: '2026-09-30', reason: '违规',
})

let seq = 0
async function commit<K extends ReportKind>(kind: K, rows: RowsByKind[K][], at: string, platformId = 'p1') {
  const id = `r${++seq}`
  const header: ReportHeader & { kind: K } = {
    id, platformId, kind, periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', fileName: `${id}-${kind}.csv`,
    sha256: id, encoding: 'utf-8', mapping: {}, counts: { rows: rows.length, accepted: rows.length, rejected: 0, duplicates: 0 },
  }
  // source lines: header is line 1, and a rejected row at line 2 shifts the rest by one
  await commitReport(data, { header, rows, sourceRows: rows.map((_, i) => i + 3) }, '赵六', new Date(at))
  return id
}

async function entry(platformId: string, accountId: string) {
  const service = new DirectoryService()
  await service.load(storeSource(db))
  return service.account(platformId, accountId)
}

describe('an account\'s history from the segments its directory entry names', () => {
  it('unpacks only its rows, newest first, with provenance, and reads no other segment', async () => {
    // 12,000 other accounts: the August snapshot report spans three segments
    const crowd = Array.from({ length: 12_000 }, (_, i) => snap(`u${i}`, '2026-08-31'))
    const aug = await commit('accounts', [...crowd.slice(0, 7000), snap('star', '2026-08-31', { followers: 1000 }), ...crowd.slice(7000)], '2026-09-01T00:00:00Z')
    const dis = await commit('dispositions', [disp('D1', 'u1', '2026-07-02'), disp('D2', 'star', '2026-09-10'), disp('D3', 'star', '2026-09-10', { measure: 'earningsSuspension', measureDays: 60 })], '2026-10-01T00:00:00Z')
    const ear = await commit('earnings', [earn('star', '2026-09-10')], '2026-10-02T00:00:00Z')
    const sep = await commit('accounts', [snap('star', '2026-09-30', { followers: 1500, status: 'silenced', earningsEnabled: false }), snap('u1', '2026-09-30')], '2026-10-03T00:00:00Z')
    // another platform's account of the same id: not this account
    await commit('dispositions', [disp('X1', 'star', '2026-09-20')], '2026-10-04T00:00:00Z', 'p2')

    const star = await entry('p1', 'star')
    expect(star?.refs).toEqual([`${aug}:000001`, `${dis}:000000`, `${ear}:000000`, `${sep}:000000`])
    const bulkGet = vi.spyOn(db.segments, 'bulkGet')
    const history = await loadHistory(db, star!)
    expect(bulkGet).toHaveBeenCalledTimes(1)
    expect(history.segmentsRead).toBe(4)
    expect(await db.segments.count()).toBe(7)

    expect(history.items.map((i) => [i.kind, i.date, i.source.reportId, i.source.line])).toEqual([
      ['snapshot', '2026-09-30', sep, 3],
      // the same day: in commit order, and in file order within a report
      ['disposition', '2026-09-10', dis, 4],
      ['disposition', '2026-09-10', dis, 5],
      ['earnings', '2026-09-10', ear, 3],
      ['snapshot', '2026-08-31', aug, 7003],
    ])
    const [latest, , d3] = history.items
    expect(latest?.kind === 'snapshot' && [latest.row.followers, latest.row.status, latest.previous?.followers, latest.previous?.status]).toEqual([1500, 'silenced', 1000, 'normal'])
    expect(d3?.kind === 'disposition' && [d3.row.measure, d3.row.measureDays, d3.row.reportedToCac]).toEqual(['earningsSuspension', 60, true])
    expect(history.latest?.snapshotDate).toBe('2026-09-30')
    expect(history.reports.get(dis)?.fileName).toBe(`${dis}-dispositions.csv`)
    expect(history.reportIds).toEqual([aug, dis, ear, sep])
  })

  it('follows a rollback: the rolled-back report\'s rows are gone from the entry and the history', async () => {
    await commit('accounts', [snap('star', '2026-08-31')], '2026-09-01T00:00:00Z')
    const dis = await commit('dispositions', [disp('D1', 'star', '2026-09-01')], '2026-10-01T00:00:00Z')
    await rollbackReport(data, dis)
    const star = await entry('p1', 'star')
    expect(star?.dispositions).toBe(0)
    const history = await loadHistory(db, star!)
    expect(history.items.map((i) => i.kind)).toEqual(['snapshot'])
    expect(history.items[0]?.kind === 'snapshot' && history.items[0].previous).toBeNull()
  })

  it('shows an account known only from a disposition, with no snapshot', async () => {
    await commit('dispositions', [disp('D1', 'ghost', '2026-09-01')], '2026-10-01T00:00:00Z')
    const ghost = await entry('p1', 'ghost')
    expect([ghost?.snapshotDate, ghost?.dispositions, ghost?.lastViolation]).toEqual([null, 1, '2026-09-01'])
    const history = await loadHistory(db, ghost!)
    expect([history.latest, history.items.length]).toEqual([null, 1])
  })
})
