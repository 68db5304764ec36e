// The Dexie database: the store of record for the whole domain. One instance per context (window or
// worker); every write goes through the data layer in ./data-layer.ts.
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { AuditEntry } from '@shared/audit/chain'
import type { Catalogue } from '@shared/catalogue/types'
import type {
  AttachmentMeta,
  Case,
  ColumnIssue,
  Finding,
  Inspection,
  InspectionItem,
  Rectification,
} from '@shared/domain/findings'
import type { Platform } from '@shared/domain/platform'
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import type { Segment } from '@shared/packing/columns'
import type { DirectoryChunk } from '@shared/packing/directory'
import { installPackedText } from './packed'
import { declareSchema } from './schema'

export const DB_NAME = 'zimeiti-oversight'

export interface Setting {
  key: string
  value: unknown
}

/** The header mapping last used for a platform and report kind. */
export interface ImportMapping {
  platformId: string
  kind: ReportKind
  mapping: Record<string, string>
  updatedAt: string
}

/** The natural keys of one report's rows (see rowKey in @shared/import/rows). */
export interface ReportKeys {
  reportId: string
  platformId: string
  kind: ReportKind
  keys: string[]
}

/** An attachment as stored: its metadata and its bytes. */
export interface Attachment extends AttachmentMeta {
  data: Blob
}

export class DeskDatabase extends Dexie {
  settings!: EntityTable<Setting, 'key'>
  platforms!: EntityTable<Platform, 'id'>
  catalogues!: EntityTable<Catalogue, 'id'>
  reports!: EntityTable<Report, 'id'>
  segments!: EntityTable<Segment, 'id'>
  importMappings!: Table<ImportMapping, [string, ReportKind]>
  findings!: EntityTable<Finding, 'id'>
  inspections!: EntityTable<Inspection, 'id'>
  inspectionItems!: EntityTable<InspectionItem, 'id'>
  attachments!: EntityTable<Attachment, 'id'>
  rectifications!: EntityTable<Rectification, 'id'>
  cases!: EntityTable<Case, 'id'>
  columnIssues!: EntityTable<ColumnIssue, 'id'>
  auditLog!: EntityTable<AuditEntry, 'seq'>
  reportKeys!: EntityTable<ReportKeys, 'reportId'>
  accountDirectory!: EntityTable<DirectoryChunk, 'id'>

  constructor(name: string = DB_NAME) {
    super(name)
    declareSchema(this)
    installPackedText(this)
  }
}

export type TableName = {
  [K in keyof DeskDatabase]: DeskDatabase[K] extends Table ? K : never
}[keyof DeskDatabase]
