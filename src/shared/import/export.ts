// The rejected rows of an import (拒收记录) as files the office can open in Excel and send back to the
// platform: CSV text (UTF-8 with a BOM, which is how Excel knows it is UTF-8) and XLSX sheet data. The
// values are the platform's own text, so a cell such as `=HYPERLINK(...)` must never become a live formula
// on the desk that opens the file (OWASP, "CSV Injection"): such cells are prefixed with a single quote.
import type { ReportKind } from '../domain/records'
import type { Locale, Message } from '../i18n'
import { fieldDef } from './fields'
import type { RowError } from './rows'

/** One rejected cell, ready to write: every value already translated. */
export interface RejectedRowText {
  row: number
  field: string
  value: string
  reason: string
}

/** A field's label in the user's language; an unknown key is shown as it is. */
export function fieldLabel(kind: ReportKind, key: string, locale: Locale): string {
  const def = fieldDef(kind, key)
  if (!def) return key
  return locale === 'en' ? def.labelEn : def.labelZh
}

/** Characters that make a spreadsheet read a cell as a formula (or, tab and CR, shift it into one). */
const FORMULA_START = /^[=+\-@\t\r]/

/** Makes a cell inert in a spreadsheet: a leading formula character gets a single quote before it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function rejectedRowTexts(errors: readonly RowError[], kind: ReportKind, locale: Locale, translate: (message: Message) => string): RejectedRowText[] {
  return errors.map((e) => ({ row: e.row, field: fieldLabel(kind, e.field, locale), value: e.value, reason: translate(e.reason) }))
}

/** The header row: 行号, 字段, 值, 原因 (or the same in the user's language). */
export function rejectedHeader(translate: (message: Message) => string): string[] {
  return [
    translate({ key: 'import.rejected.row' }),
    translate({ key: 'import.rejected.field' }),
    translate({ key: 'import.rejected.value' }),
    translate({ key: 'import.rejected.reason' }),
  ]
}

/** RFC 4180 quoting for every cell (OWASP asks for quoting as well as the prefix). */
function csvCell(text: string): string {
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`
}

export const UTF8_BOM = '\uFEFF'

/** The CSV text, BOM first, CRLF line ends (what Excel writes and expects). */
export function rejectedCsv(header: readonly string[], rows: readonly RejectedRowText[]): string {
  const lines = [header.map(csvCell).join(',')]
  for (const r of rows) lines.push([String(r.row), r.field, r.value, r.reason].map(csvCell).join(','))
  return UTF8_BOM + lines.join('\r\n') + '\r\n'
}

/** An XLSX cell as write-excel-file takes it: text cells are never evaluated as formulas. */
export type SheetCell = { type: StringConstructor; value: string } | { type: NumberConstructor; value: number }

const text = (value: string): SheetCell => ({ type: String, value: neutraliseFormula(value) })

/** The sheet's rows, header first; the row number stays a number (so that it sorts), the rest are text.
 * The quote prefix is kept in XLSX too: a text cell is inert, but it stops being so once someone copies it
 * out or saves the sheet as CSV. */
export function rejectedSheet(header: readonly string[], rows: readonly RejectedRowText[]): SheetCell[][] {
  return [header.map(text), ...rows.map((r) => [{ type: Number, value: r.row } satisfies SheetCell, text(r.field), text(r.value), text(r.reason)])]
}
