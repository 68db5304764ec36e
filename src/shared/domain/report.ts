// Report 平台报送: one file a platform submitted, with its provenance and the aggregates kept at commit.
import type { ReportKind } from './records'

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
