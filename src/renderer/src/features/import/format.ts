// Small display helpers of the import page: sizes, field labels in the UI language, file base names.
import type { ReportKind } from '@shared/domain/records'
import type { Locale, MessageKey } from '@shared/i18n'
import { fieldLabel } from '@shared/import/export'
import { FIELDS, REQUIRED } from '@shared/import/fields'

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

export function fileSize(t: Translate, bytes: number): string {
  if (bytes < 1024) return t('import.size.bytes', { n: bytes })
  if (bytes < 1024 * 1024) return t('import.size.kb', { n: (bytes / 1024).toFixed(1) })
  return t('import.size.mb', { n: (bytes / 1024 / 1024).toFixed(1) })
}

export function uiLocale(language: string): Locale {
  return language === 'en' ? 'en' : 'zh-CN'
}

export function labelOf(kind: ReportKind, key: string, language: string): string {
  return fieldLabel(kind, key, uiLocale(language))
}

export function isRequired(kind: ReportKind, key: string): boolean {
  return REQUIRED[kind].includes(key)
}

/** The kind's fields, in the contract's order. */
export function fieldsOf(kind: ReportKind): string[] {
  return FIELDS[kind].map((f) => f.key)
}

/** Required fields the mapping leaves without a column. */
export function missingRequired(kind: ReportKind, mapping: Readonly<Record<string, string>>): string[] {
  return REQUIRED[kind].filter((key) => mapping[key] === undefined)
}

/** `report.xlsx` → `report` (for naming the rejected-rows file after it). */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(0, dot) : fileName
}

export const REPORT_EXTENSIONS = ['csv', 'txt', 'xlsx', 'xlsm', 'json', 'ndjson', 'jsonl']
