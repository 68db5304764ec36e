import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import type { Platform } from '@shared/domain/platform'
import type { Disposition } from '@shared/domain/records'
import { UserError, DataLayer } from './data-layer'
import { DeskDatabase } from './database'
import { commitReport, rollbackReport, type ReportHeader } from './reports'

const actor = { name: '李四', office: '某市网信办' }

function platform(id: string, name: string): Platform {
  return {
    id, name, operator: '某公司', creditCode: '91110000100000000X', types: ['social'], jurisdiction: '北京市', contacts: [],
    note: '', archived: false, createdAt: '2026-07-01T00:00:00.000Z', updatedAt: '2026-07-01T00:00:00.000Z',
  }
}

let db: DeskDatabase
let data: DataLayer

beforeEach(async () => {
  db = new DeskDatabase(`test-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor, () => new Date('2026-07-02T03:04:05.000Z'))
})
afterEach(async () => {
  await db.delete()
})

describe('data layer', () => {
  it('records who, when and what for every write, hash-chained', async () => {
    await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '甲' }, ['platforms'], (tx) => tx.put('platforms', platform('p1', '甲')))
    await data.write({ action: 'platform.update', entity: 'platform', entityId: 'p1', summary: '乙' }, ['platforms'], (tx) => tx.put('platforms', platform('p1', '乙')))
    const log = await db.auditLog.orderBy('seq').toArray()
    expect(log).toHaveLength(2)
    expect(log[1]).toMatchObject({
      actor, at: '2026-07-02T03:04:05.000Z', action: 'platform.update',
      changes: [{ table: 'platforms', key: 'p1', before: { name: '甲' }, after: { name: '乙' } }],
    })
    expect(verifyChain(log)).toEqual({ ok: true, count: 2 })
  })

  it('stores nothing, not even the audit entry, when the write fails', async () => {
    await expect(
      data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '甲' }, ['platforms'], async (tx) => {
        await tx.put('platforms', platform('p1', '甲'))
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await db.platforms.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('lets a guard refuse a change with a message for the user', async () => {
    data.guard('platforms', (_tx, before) => Promise.resolve(before?.archived ? { key: 'common.error' } : null))
    const archived = { ...platform('p1', '甲'), archived: true }
    await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '甲' }, ['platforms'], (tx) => tx.put('platforms', archived))
    const attempt = data.write({ action: 'platform.update', entity: 'platform', entityId: 'p1', summary: '甲' }, ['platforms'], (tx) => tx.put('platforms', platform('p1', '改')))
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    expect((await db.platforms.get('p1'))?.name).toBe('甲')
    expect(await db.auditLog.count()).toBe(1)
  })

  it('writes nothing to the log when nothing changed', async () => {
    await data.write({ action: 'platform.delete', entity: 'platform', entityId: 'none', summary: '' }, ['platforms'], (tx) => tx.delete('platforms', 'none'))
    expect(await db.auditLog.count()).toBe(0)
  })
})

describe('reports', () => {
  const row = (i: number): Disposition => ({
    platformId: 'p1', dispositionId: `D${i}`, accountId: `a${i % 7}`, accountName: '', violationType: 'rumour',
    violationDate: '2026-07-01', measure: 'silencing', measureStart: '2026-07-01', measureDays: 7, measureEnd: null,
    permanent: false, followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
  })
  const header: ReportHeader & { kind: 'dispositions' } = {
    id: 'r1', platformId: 'p1', kind: 'dispositions', periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08',
    fileName: 'd.csv', sha256: 'abc', encoding: 'utf-8', mapping: {}, counts: { rows: 12_000, accepted: 12_000, rejected: 0, duplicates: 0 },
  }
  const rows = Array.from({ length: 12_000 }, (_, i) => row(i))

  it('commits a report with its rows in segments, its aggregates and one audit entry', async () => {
    const report = await commitReport(data, { header, rows, sourceRows: rows.map((_, i) => i + 2) }, '李四')
    expect(report.segments).toBe(3)
    expect(report.stats).toMatchObject({ accounts: 7, byCategory: { rumour: 12_000 }, byMonth: { '2026-07': 12_000 } })
    expect(await db.segments.where('reportId').equals('r1').count()).toBe(3)
    const [entry] = await db.auditLog.toArray()
    expect(entry?.changes).toContainEqual({ table: 'segments', bulk: 'add', count: 3 })
  })

  it('refuses the same file twice and adds nothing', async () => {
    await commitReport(data, { header, rows, sourceRows: rows.map((_, i) => i + 2) }, '李四')
    await expect(commitReport(data, { header: { ...header, id: 'r2' }, rows, sourceRows: rows.map((_, i) => i + 2) }, '李四')).rejects.toBeInstanceOf(UserError)
    expect(await db.segments.count()).toBe(3)
    expect(await db.reports.count()).toBe(1)
  })

  it('rolls a report back, removing exactly its rows', async () => {
    await commitReport(data, { header, rows, sourceRows: rows.map((_, i) => i + 2) }, '李四')
    await commitReport(data, { header: { ...header, id: 'r2', sha256: 'def' }, rows: rows.slice(0, 10), sourceRows: rows.slice(0, 10).map((_, i) => i + 2) }, '李四')
    await rollbackReport(data, 'r1')
    expect(await db.segments.where('reportId').equals('r1').count()).toBe(0)
    expect(await db.segments.where('reportId').equals('r2').count()).toBe(1)
    expect((await db.reports.get('r1'))?.status).toBe('rolledBack')
  })
})
