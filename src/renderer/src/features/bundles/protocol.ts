// What the bundle worker and the window say to each other: export (inspections → bundle bytes), open (a
// file → a refusal or a merge preview; the worker keeps the verified bundle), apply (the user's choices →
// one audited write). Records cross as plain data; evidence bytes stay in the worker.
import type { Actor } from '@shared/audit/chain'
import type { BundleManifest } from '@shared/bundles/format'
import type { MergePlan } from '@shared/bundles/merge'
import type { Choice } from '@shared/bundles/resolve'
import type { Message } from '@shared/i18n'
import type { TaskSpec } from '@renderer/lib/tasks'
import type { ImportSummary } from './apply'

export interface ExportPayload {
  dbName: string
  inspectionIds: string[]
  actor: Actor
  appVersion: string
  exportedAt: string
}

export interface ExportResult {
  bytes: Uint8Array
  manifestSha256: string
  inspections: number
  files: number
}

export interface OpenPayload {
  dbName: string
  file: File
}

/** A verified bundle and what importing it would do. */
export interface ImportPreview {
  fileName: string
  fileSize: number
  manifest: BundleManifest
  manifestSha256: string
  plan: MergePlan
  /** names what the plan was made against; apply refuses if the store changed meanwhile */
  signature: string
  /** evidence names by id, the bundle's and the local ones the conflicting items cite */
  attachmentNames: Record<string, string>
}

export type OpenResult = { ok: true; preview: ImportPreview } | { ok: false; problem: Message }

export interface ApplyPayload {
  dbName: string
  actor: Actor
  signature: string
  choices: [string, Choice][]
}

export type BundleCalls = {
  export: TaskSpec<ExportPayload, ExportResult>
  open: TaskSpec<OpenPayload, OpenResult>
  apply: TaskSpec<ApplyPayload, ImportSummary>
}
