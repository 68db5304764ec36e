// Report 平台报送: one file a platform submitted, with its provenance and the aggregates kept at commit.
import type { ReportKind, RowsByKind } from './records'

export type ReportStatus = 'committed' | 'rolledBack'

/** Aggregates computed once at commit, so that dashboards never scan the rows. */
export interface ReportStats {
  /** distinct accounts named by the report */
  accounts: number
  /** rows per month of their main date (violation / effective / snapshot date), keyed YYYY-MM */
  byMonth: Record<string, number>
  /** dispositions per violation type / measure, earnings changes per action, accounts per status */
  byCategory: Record<string, number>
  byMeasure: Record<string, number>
}

/** Report 平台报送 */
export interface Report {
  id: string
  platformId: string
  kind: ReportKind
  /** the period the report covers (YYYY-MM-DD, inclusive) */
  periodStart: string
  periodEnd: string
  receivedOn: string
  fileName: string
  sha256: string
  encoding: string
  /** canonical field → the header it was read from */
  mapping: Record<string, string>
  counts: { rows: number; accepted: number; rejected: number; duplicates: number }
  stats: ReportStats
  importedBy: string
  importedAt: string
  status: ReportStatus
  /** number of packed segments holding the rows */
  segments: number
}

/** What an import knows of a report before it is committed: everything but what the commit adds. */
export type ReportHeader = Omit<Report, 'segments' | 'stats' | 'status' | 'importedAt' | 'importedBy'>

/** A report ready to commit: its header and its normalised rows, with each row's line in the source file. */
export interface ReportInput<K extends ReportKind = ReportKind> {
  header: ReportHeader & { kind: K }
  rows: readonly RowsByKind[K][]
  sourceRows: readonly number[]
}
