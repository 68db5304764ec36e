// Committing a staged report and rolling one back: the report record, its packed segments and the audit
// entry are written in one transaction, so an import is all or nothing. `prepareReport` + `writeReport`
// let a larger write (the demo, later a batch import) commit several reports in one outer transaction.
import type { ReportKind } from '@shared/domain/records'
import type { Report, ReportInput } from '@shared/domain/report'
import { packSegments, type Segment } from '@shared/packing/columns'
import { computeStats } from '@shared/packing/stats'
import { UserError, type DataLayer, type WriteTx } from './data-layer'
import { DERIVED_TABLES, extendDirectory, rebuildDirectory, segmentKeys } from './derived'

export type { ReportHeader } from '@shared/domain/report'
export type CommitInput<K extends ReportKind> = ReportInput<K>

/** Tables a report write touches; an outer write that calls `writeReport` must include them. */
export const REPORT_TABLES = ['reports', 'segments', ...DERIVED_TABLES] as const

/** A report packed and ready to store: the record, its segments and its rows' keys. */
export interface PreparedReport {
  report: Report
  segments: Segment[]
  keys: string[]
}

/** Finds a committed report of the same platform with the same file hash. */
export async function findSameFile(data: DataLayer, platformId: string, sha256: string): Promise<Report | undefined> {
  const same = await data.db.reports.where('sha256').equals(sha256).toArray()
  return same.find((r) => r.platformId === platformId && r.status === 'committed')
}

/** Packs the rows and computes the aggregates — pure work, done before the transaction opens so that the
 * transaction holds only the writes. */
export function prepareReport<K extends ReportKind>(input: CommitInput<K>, importedBy: string, now = new Date()): PreparedReport {
  const { header, rows, sourceRows } = input
  const segments = packSegments(header.kind, header.id, header.platformId, rows, sourceRows)
  const report: Report = {
    ...header,
    stats: computeStats(header.kind, rows),
    status: 'committed',
    importedAt: now.toISOString(),
    importedBy,
    segments: segments.length,
  }
  return { report, segments, keys: segmentKeys(segments) }
}

/** Stores a prepared report inside a write that covers REPORT_TABLES; refuses a file already imported for
 * the same platform. */
export async function writeReport(tx: WriteTx, { report, segments, keys }: PreparedReport): Promise<Report> {
  const existing = (await tx.table('reports').where('sha256').equals(report.sha256).toArray()).find(
    (r) => r.platformId === report.platformId && r.status === 'committed',
  )
  if (existing) throw new UserError({ key: 'validation.duplicateFile', params: { name: existing.fileName } })
  await tx.bulkAdd('segments', segments)
  await tx.bulkAdd('reportKeys', [{ reportId: report.id, platformId: report.platformId, kind: report.kind, keys }])
  await extendDirectory(tx, report.platformId, segments)
  await tx.put('reports', report)
  return report
}

export async function commitReport<K extends ReportKind>(data: DataLayer, input: CommitInput<K>, importedBy: string, now = new Date()): Promise<Report> {
  const prepared = prepareReport(input, importedBy, now)
  const { report } = prepared
  return data.write(
    { action: 'report.commit', entity: 'report', entityId: report.id, summary: report.fileName },
    REPORT_TABLES,
    (tx) => writeReport(tx, prepared),
  )
}

/** Removes exactly the report's rows and marks it rolled back (the report record stays as provenance). */
export async function rollbackReport(data: DataLayer, reportId: string): Promise<void> {
  const report = await data.db.reports.get(reportId)
  if (!report || report.status !== 'committed') return
  await data.write(
    { action: 'report.rollback', entity: 'report', entityId: reportId, summary: report.fileName },
    REPORT_TABLES,
    async (tx) => {
      const keys = await tx.table('segments').where('reportId').equals(reportId).primaryKeys()
      await tx.bulkDelete('segments', keys)
      await tx.bulkDelete('reportKeys', [reportId])
      await tx.put('reports', { ...report, status: 'rolledBack' })
      await rebuildDirectory(tx, report.platformId)
    },
  )
}
