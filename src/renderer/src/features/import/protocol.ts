// What crosses between the import page and its worker: the calls of one import session and the summaries
// they return. The staged rows themselves (up to a million) stay in the worker; only counts, the first
// errors, the first rows and the file's facts cross to the window.
import type { Actor } from '@shared/audit/chain'
import type { ReportKind, RowsByKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import type { Locale } from '@shared/i18n'
import type { Mapping } from '@shared/import/header'
import type { FilePreview } from '@shared/import/stage'
import type { RowError } from '@shared/import/rows'
import type { RuleRunResult } from '@renderer/features/findings/run-checks'
import type { TaskSpec } from '@renderer/lib/tasks'

export interface OpenRequest {
  /** the store the worker opens its own connection to */
  dbName: string
  file: Blob
  fileName: string
}

export interface PreviewRequest {
  platformId: string
  /** forces the kind (the user corrected it); inferred from the header otherwise */
  kind?: ReportKind
  sheet?: string
}

/** The preview as the page sees it: the shared FilePreview (samples cut to a readable length) and what the
 * session adds. */
export interface PreviewSummary extends FilePreview {
  fileName: string
  size: number
  /** true when the mapping remembered for this platform and kind was applied */
  remembered: boolean
}

export interface StageRequest {
  platformId: string
  kind: ReportKind
  mapping: Mapping
  sheet?: string
}

export interface StageSummary<K extends ReportKind = ReportKind> {
  reportId: string
  fileName: string
  sha256: string
  size: number
  kind: K
  rows: number
  accepted: number
  rejected: number
  duplicates: number
  skipped: { blank: number; footer: number }
  /** the first errors (ERRORS_SHOWN); errorCount says how many there are in all */
  errors: RowError[]
  errorCount: number
  /** the first accepted rows */
  preview: RowsByKind[K][]
  period: { start: string; end: string } | null
  /** where the period came from: a title row, the file's name, or the rows' own dates */
  periodSource: 'title' | 'fileName' | 'rows' | null
  /** the committed report of this platform with the same bytes, if any: committing would add nothing */
  sameFile: { fileName: string; importedAt: string } | null
}

export interface ExportRequest {
  format: 'csv' | 'xlsx'
  locale: Locale
}

export interface CommitRequest {
  /** who imports it, for the audit log and the report's "imported by" */
  actor: Actor
  periodStart: string
  periodEnd: string
  receivedOn: string
}

export interface CheckRulesRequest {
  actor: Actor
  platformIds: string[]
}

/** A type alias, not an interface: only an alias is assignable to the session's Record<string, TaskSpec>. */
export type ImportCalls = {
  open: TaskSpec<OpenRequest, { size: number }>
  preview: TaskSpec<PreviewRequest, PreviewSummary>
  stage: TaskSpec<StageRequest, StageSummary>
  exportRejected: TaskSpec<ExportRequest, Blob>
  commit: TaskSpec<CommitRequest, Report>
  /** the rule checks for the platforms just imported into (and the cross-platform rule) */
  checkRules: TaskSpec<CheckRulesRequest, RuleRunResult>
  dispose: TaskSpec<null, null>
}

export const ERRORS_SHOWN = 200
export const SAMPLE_SHOWN = 10
export const CELL_SHOWN = 120
