// The rejected-rows file the import worker hands to the page to save: every rejected row, translated in
// the user's language, as CSV (UTF-8 with a BOM, for Excel) or as an XLSX workbook of text cells.
import writeXlsxFile from 'write-excel-file/universal'
import type { i18n } from 'i18next'
import { createTranslator, type Locale, type Message } from '@shared/i18n'
import { rejectedCsv, rejectedHeader, rejectedRowTexts, rejectedSheet } from '@shared/import/export'
import type { StagedReport } from '@shared/import/stage'

const translators = new Map<Locale, Promise<i18n>>()

function translator(locale: Locale): Promise<i18n> {
  let found = translators.get(locale)
  if (!found) {
    found = createTranslator(locale)
    translators.set(locale, found)
  }
  return found
}

export async function rejectedFile(staged: StagedReport, format: 'csv' | 'xlsx', locale: Locale): Promise<Blob> {
  const t = await translator(locale)
  const translate = (message: Message) => t.t(message.key, message.params)
  const header = rejectedHeader(translate)
  const rows = rejectedRowTexts(staged.errors, staged.kind, locale, translate)
  if (format === 'csv') return new Blob([rejectedCsv(header, rows)], { type: 'text/csv;charset=utf-8' })
  return writeXlsxFile(rejectedSheet(header, rows), {
    sheet: translate({ key: 'import.rejected.title' }),
    columns: [{ width: 8 }, { width: 18 }, { width: 40 }, { width: 36 }],
    stickyRowsCount: 1,
  }).toBlob()
}
