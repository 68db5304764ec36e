import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stageFile } from '@shared/import/stage'
import { UserError, DataLayer } from './data-layer'
import { DeskDatabase } from './database'
import { storedKeys } from './derived'
import { commitStaged, rememberedMapping } from './imports'

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`imports-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '钱七', office: '网信办' }))
})
afterEach(async () => {
  await db.delete()
})

const csv = (n: number, from = 0) =>
  new TextEncoder().encode(['处置编号,用户ID,违规行为,违规时间,处罚措施', ...Array.from({ length: n }, (_, i) => `D${from + i},u${(from + i) % 50},造谣传谣,2026-07-01,警告`)].join('\n'))
const meta = { periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', importedBy: '钱七' }

async function stageFor(bytes: Uint8Array, reportId: string) {
  return stageFile(bytes, `${reportId}.csv`, { platformId: 'p1', reportId, kind: 'dispositions', existingKeys: await storedKeys(db, 'p1', 'dispositions') })
}

describe('committing a staged import', () => {
  it('stores everything in one audited transaction and remembers the mapping', async () => {
    const report = await commitStaged(data, await stageFor(csv(12_000), 'r1'), meta)
    expect(report.counts).toEqual({ rows: 12_000, accepted: 12_000, rejected: 0, duplicates: 0 })
    // distinct accounts, counted while the directory is updated
    expect(report.stats.accounts).toBe(50)
    expect((await db.reports.get('r1'))?.stats.accounts).toBe(50)
    expect(await db.segments.where('reportId').equals('r1').count()).toBe(3)
    expect((await storedKeys(db, 'p1', 'dispositions')).size).toBe(12_000)
    expect(await rememberedMapping(data, 'p1', 'dispositions')).toMatchObject({ platform_account_id: '用户ID', measure: '处罚措施' })
    expect(await db.auditLog.count()).toBe(1)
  })

  it('adds nothing for the same file twice, and only the new rows of an overlapping file', async () => {
    await commitStaged(data, await stageFor(csv(100), 'r1'), meta)
    await expect(commitStaged(data, await stageFor(csv(100), 'r2'), meta)).rejects.toBeInstanceOf(UserError)
    const overlapping = await stageFor(csv(100, 50), 'r3')
    expect([overlapping.accepted, overlapping.duplicates]).toEqual([50, 50])
    await commitStaged(data, overlapping, meta)
    expect((await storedKeys(db, 'p1', 'dispositions')).size).toBe(150)
  })

  it('leaves the store as it was when cancelled midway', async () => {
    let batches = 0
    const ctx = {
      progress: () => undefined,
      checkCancelled: () => {
        if (++batches > 2) throw new Error('cancelled')
      },
    }
    await expect(commitStaged(data, await stageFor(csv(250_000), 'r1'), meta, ctx)).rejects.toThrow('cancelled')
    expect(await db.segments.count()).toBe(0)
    expect(await db.reports.count()).toBe(0)
    expect(await db.reportKeys.count()).toBe(0)
    expect(await db.accountDirectory.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })
})
