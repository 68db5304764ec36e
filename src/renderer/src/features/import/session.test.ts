import writeExcelFile from 'write-excel-file/node'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Disposition } from '@shared/domain/records'
import { NotAReport } from '@shared/import/table'
import { UserError } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { storedKeys } from '@renderer/db/derived'
import { TaskCancelled, type TaskContext, type TaskProgress } from '@renderer/lib/tasks'
import { ImportSession } from './session'

const actor = { name: '钱七', office: '某市网信办' }
const period = { periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08' }

let db: DeskDatabase
beforeEach(async () => {
  db = new DeskDatabase(`import-session-${Math.random()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const utf8 = (text: string) => new TextEncoder().encode(text)

const REPORT = [
  '青禾资讯2026年第三季度处置情况报送表',
  '处置编号,用户ID,昵称,违规行为,违规时间,处罚措施,期限',
  'D001,u1,甲,造谣传谣,2026/7/1,禁言30天；暂停营利权限60天,',
  'D002,u2,乙,歪曲事实,2026-07-03,警告,',
  'D003,u3,丙,不知道什么,2026-07-08,罚站,7',
  '填报人：王五,,,,,,',
].join('\n')

const bulk = (n: number, from = 0) =>
  utf8(['处置编号,用户ID,违规行为,违规时间,处罚措施', ...Array.from({ length: n }, (_, i) => `D${from + i},u${(from + i) % 97},造谣传谣,2026-07-01,警告`)].join('\n'))

/** A task context that records progress and reports a cancel from the `cancelAt`-th check on. */
function context(cancelAt = Infinity): TaskContext & { seen: TaskProgress[] } {
  let checks = 0
  const seen: TaskProgress[] = []
  return {
    seen,
    progress: (done, total, phase, detail) => seen.push({ done, total, phase, ...(detail ? { detail } : {}) }),
    checkCancelled: () => {
      if (++checks >= cancelAt) throw new TaskCancelled()
    },
  }
}

async function storeCounts() {
  return {
    reports: await db.reports.count(),
    segments: await db.segments.count(),
    keys: await db.reportKeys.count(),
    directory: await db.accountDirectory.count(),
    mappings: await db.importMappings.count(),
    audit: await db.auditLog.count(),
  }
}

async function importAll(bytes: Uint8Array, name: string) {
  const session = new ImportSession(db, name, bytes)
  const preview = await session.preview({ platformId: 'p1' })
  const staged = await session.stage({ platformId: 'p1', kind: preview.kind, mapping: preview.mapping }, context())
  return { session, preview, staged }
}

describe('an import session', () => {
  it('previews, stages and commits a CSV with a rejected row', async () => {
    const session = new ImportSession(db, '青禾-2026Q3.csv', utf8(REPORT))
    const preview = await session.preview({ platformId: 'p1' })
    expect(preview).toMatchObject({ kind: 'dispositions', headerRow: 2, format: 'csv', encoding: 'utf-8', remembered: false })
    expect(preview.titlePeriod).toEqual({ start: '2026-07-01', end: '2026-09-30' })
    expect(preview.sample).toHaveLength(4)

    const ctx = context()
    const staged = await session.stage({ platformId: 'p1', kind: 'dispositions', mapping: preview.mapping }, ctx)
    expect(staged).toMatchObject({ rows: 3, accepted: 3, rejected: 1, duplicates: 0, skipped: { blank: 0, footer: 1 }, errorCount: 2, periodSource: 'title', sameFile: null })
    expect(staged.errors.map((e) => [e.row, e.field])).toEqual([
      [5, 'violation_type'],
      [5, 'measure'],
    ])
    expect(staged.preview.map((r) => (r as Disposition).measure)).toEqual(['silencing', 'earningsSuspension', 'warning'])
    expect(ctx.seen.at(-1)).toMatchObject({ done: 1000, total: 1000, detail: { key: 'import.phase.rowsRead', params: { n: '3' } } })

    const csv = await (await session.exportRejected({ format: 'csv', locale: 'zh-CN' })).text()
    expect(csv).toContain('"5","违规类型","不知道什么","无法识别的违规类型"')
    const xlsx = await session.exportRejected({ format: 'xlsx', locale: 'en' })
    expect(xlsx.size).toBeGreaterThan(1000)

    const report = await session.commit({ actor, ...period }, context())
    expect(report).toMatchObject({ platformId: 'p1', kind: 'dispositions', importedBy: '钱七', counts: { rows: 3, accepted: 3, rejected: 1, duplicates: 0 } })
    expect(await storeCounts()).toEqual({ reports: 1, segments: 1, keys: 1, directory: 1, mappings: 1, audit: 1 })
    // committed: nothing is left to commit twice
    await expect(session.commit({ actor, ...period }, context())).rejects.toThrow('nothing staged')
  })

  it('applies the mapping remembered for the platform and kind', async () => {
    const { session, preview } = await importAll(utf8(REPORT), 'a.csv')
    await session.stage({ platformId: 'p1', kind: 'dispositions', mapping: { ...preview.mapping, account_name: '违规行为' } }, context())
    await session.commit({ actor, ...period }, context())
    const again = await new ImportSession(db, 'b.csv', utf8(REPORT)).preview({ platformId: 'p1' })
    expect(again.remembered).toBe(true)
    expect(again.mapping.account_name).toBe('违规行为')
    expect((await new ImportSession(db, 'c.csv', utf8(REPORT)).preview({ platformId: 'p2' })).remembered).toBe(false)
  })

  it('looks past a workbook\'s instructions sheet for the sheet holding the report', async () => {
    const buffer: Buffer = await writeExcelFile([
      { sheet: '填报说明', data: [['本工作簿含处置记录一张表'], ['报送单位：某公司']] },
      { sheet: '处置记录', data: [['处置编号', '账号ID', '违规类型', '违规日期', '处置措施'], ['X1', 'u1', '造谣传谣', '2026-07-01', '禁言']] },
    ]).toBuffer()
    const session = new ImportSession(db, 'two.xlsx', new Uint8Array(buffer))
    expect(await session.preview({ platformId: 'p1' })).toMatchObject({ format: 'xlsx', sheet: '处置记录', sheetNames: ['填报说明', '处置记录'], kind: 'dispositions' })
    // asked for by name, the instructions sheet says it holds no report
    await expect(session.preview({ platformId: 'p1', sheet: '填报说明' })).rejects.toMatchObject({ userMessage: { key: 'import.notReport.noHeader' } })
  })

  it('says what a file that is not a report is, and stores nothing', async () => {
    const session = new ImportSession(db, 'photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    await expect(session.preview({ platformId: 'p1' })).rejects.toBeInstanceOf(NotAReport)
    await expect(session.preview({ platformId: 'p1' })).rejects.toMatchObject({ userMessage: { key: 'import.notReport.image' } })
    expect((await storeCounts()).audit).toBe(0)
  })

  it('leaves the store untouched when the validation is cancelled', async () => {
    const session = new ImportSession(db, 'big.csv', bulk(30_000))
    const preview = await session.preview({ platformId: 'p1' })
    await expect(session.stage({ platformId: 'p1', kind: preview.kind, mapping: preview.mapping }, context(2))).rejects.toBeInstanceOf(TaskCancelled)
    await expect(session.commit({ actor, ...period }, context())).rejects.toThrow('nothing staged')
    expect(await storeCounts()).toEqual({ reports: 0, segments: 0, keys: 0, directory: 0, mappings: 0, audit: 0 })
  })

  it('leaves the store untouched when the commit is cancelled midway', async () => {
    const { session, staged } = await importAll(bulk(120_000), 'big.csv')
    expect(staged.accepted).toBe(120_000)
    const ctx = context(4)
    await expect(session.commit({ actor, ...period }, ctx)).rejects.toBeInstanceOf(TaskCancelled)
    // every batch of segments had been written (and reported) inside the transaction before the cancel
    expect(ctx.seen.some((p) => p.done > 0)).toBe(true)
    expect(await storeCounts()).toEqual({ reports: 0, segments: 0, keys: 0, directory: 0, mappings: 0, audit: 0 })
    // the staged rows are still there: the user may try again
    await session.commit({ actor, ...period }, context())
    expect((await storeCounts()).reports).toBe(1)
  })

  it('adds nothing when the same file is imported again', async () => {
    const first = await importAll(utf8(REPORT), 'q3.csv')
    const report = await first.session.commit({ actor, ...period }, context())
    const before = await storeCounts()

    const second = await importAll(utf8(REPORT), 'q3-copy.csv')
    expect(second.staged).toMatchObject({ accepted: 0, duplicates: 3, rejected: 1, sameFile: { fileName: 'q3.csv', importedAt: report.importedAt } })
    await expect(second.session.commit({ actor, ...period }, context())).rejects.toMatchObject({ userMessage: { key: 'validation.duplicateFile' } })
    await expect(second.session.commit({ actor, ...period }, context())).rejects.toBeInstanceOf(UserError)
    expect(await storeCounts()).toEqual(before)
  })

  it('counts rows already stored for the platform as duplicates and imports only the new ones', async () => {
    await (await importAll(bulk(100), 'first.csv')).session.commit({ actor, ...period }, context())
    const overlapping = await importAll(bulk(100, 60), 'second.csv')
    expect([overlapping.staged.accepted, overlapping.staged.duplicates, overlapping.staged.sameFile]).toEqual([60, 40, null])
    await overlapping.session.commit({ actor, ...period }, context())
    expect((await storedKeys(db, 'p1', 'dispositions')).size).toBe(160)
    // another platform's rows are not duplicates
    const elsewhere = new ImportSession(db, 'other.csv', bulk(100))
    const p = await elsewhere.preview({ platformId: 'p2' })
    expect((await elsewhere.stage({ platformId: 'p2', kind: p.kind, mapping: p.mapping }, context())).duplicates).toBe(0)
  })

  it('takes the period from a title row, else from the file name, else from the rows', async () => {
    expect((await importAll(utf8(REPORT), '2026年7月.csv')).staged).toMatchObject({ periodSource: 'title', period: { start: '2026-07-01', end: '2026-09-30' } })
    expect((await importAll(bulk(10), '栖木视频-2026年8月-处置记录.csv')).staged).toMatchObject({ periodSource: 'fileName', period: { start: '2026-08-01', end: '2026-08-31' } })
    expect((await importAll(bulk(10), 'export.csv')).staged).toMatchObject({ periodSource: 'rows', period: { start: '2026-07-01', end: '2026-07-01' } })
  })

  it('refuses a period that ends before it starts', async () => {
    const { session } = await importAll(utf8(REPORT), 'q3.csv')
    await expect(session.commit({ actor, ...period, periodEnd: '2026-06-30' }, context())).rejects.toMatchObject({ userMessage: { key: 'import.report.periodOrder' } })
    await expect(session.commit({ actor, ...period, periodStart: '' }, context())).rejects.toMatchObject({ userMessage: { key: 'import.report.periodRequired' } })
    expect((await storeCounts()).reports).toBe(0)
  })
})
