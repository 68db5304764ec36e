// Committing a staged report and rolling one back: the report record, its packed segments and the audit
// entry are written in one transaction, so an import is all or nothing.
import type { ReportKind, RowsByKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import { packSegments } from '@shared/packing/columns'
import { computeStats } from '@shared/packing/stats'
import { UserError, type DataLayer } from './data-layer'

export type ReportHeader = Omit<Report, 'segments' | 'stats' | 'status' | 'importedAt' | 'importedBy'>

export interface CommitInput<K extends ReportKind> {
  header: ReportHeader & { kind: K }
  rows: readonly RowsByKind[K][]
  /** each row's line in the source file */
  sourceRows: readonly number[]
}

/** Finds a committed report of the same platform with the same file hash. */
export async function findSameFile(data: DataLayer, platformId: string, sha256: string): Promise<Report | undefined> {
  const same = await data.db.reports.where('sha256').equals(sha256).toArray()
  return same.find((r) => r.platformId === platformId && r.status === 'committed')
}

export async function commitReport<K extends ReportKind>(data: DataLayer, input: CommitInput<K>, importedBy: string, now = new Date()): Promise<Report> {
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
  return data.write(
    { action: 'report.commit', entity: 'report', entityId: report.id, summary: report.fileName },
    ['reports', 'segments'],
    async (tx) => {
      const existing = (await tx.table('reports').where('sha256').equals(report.sha256).toArray()).find(
        (r) => r.platformId === report.platformId && r.status === 'committed',
      )
      if (existing) throw new UserError({ key: 'validation.duplicateFile', params: { name: existing.fileName } })
      await tx.bulkAdd('segments', segments)
      await tx.put('reports', report)
      return report
    },
  )
}

/** Removes exactly the report's rows and marks it rolled back (the report record stays as provenance). */
export async function rollbackReport(data: DataLayer, reportId: string): Promise<void> {
  const report = await data.db.reports.get(reportId)
  if (!report || report.status !== 'committed') return
  await data.write(
    { action: 'report.rollback', entity: 'report', entityId: reportId, summary: report.fileName },
    ['reports', 'segments'],
    async (tx) => {
      const keys = await tx.table('segments').where('reportId').equals(reportId).primaryKeys()
      await tx.bulkDelete('segments', keys)
      await tx.put('reports', { ...report, status: 'rolledBack' })
    },
  )
}
