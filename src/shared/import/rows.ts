// Reading one record (a row of cells) as normalised rows of a report kind: required fields, value
// normalisation, one disposition per measure named in the cell, and a reason for everything rejected.
// Blank rows and signature rows below the data ("填报人：…") are skipped, not reported.
import { EARNINGS_ACTIONS, MEASURES, type AccountSnapshot, type Disposition, type EarningsChange, type Measure, type ReportKind, type RowsByKind } from '../domain/records'
import type { Message, MessageKey } from '../i18n'
import type { Segment } from '../packing/columns'
import type { PackedText } from '../packing/text'
import { NO_DAY, addDays, dayNumber, isoFromDay } from '../util/dates'
import { sha256Hex } from '../util/hash'
import { KeyBits } from '../util/key-bits'
import { FIELDS, REQUIRED } from './fields'
import type { Mapping } from './header'
import {
  cellText,
  parseAccountStatus,
  parseCount,
  parseCredential,
  parseDate,
  parseEarningsAction,
  parseHolderType,
  parseLength,
  parseMeasures,
  parseViolation,
  parseYesNo,
  type Cell,
  type Length,
} from './values'

export interface RowError {
  /** the record's row number in the file (1-based, title and header rows counted) */
  row: number
  /** canonical field key, e.g. `violation_date` */
  field: string
  value: string
  reason: Message
}

export type RowOutcome<K extends ReportKind> =
  | { type: 'rows'; rows: RowsByKind[K][] }
  | { type: 'rejected'; errors: RowError[] }
  | { type: 'skipped'; why: 'blank' | 'footer' }

/** Text limits per field; longer values are refused with a reason rather than cut silently. */
const MAX_TEXT: Record<string, number> = { summary: 5000, content_url: 2048, reason: 2000 }
const DEFAULT_MAX_TEXT = 200
const VALUE_SHOWN = 200

const FOOTER = /^(填报人|填表人|制表人|制表|审核人|审核|复核人|负责人|单位负责人|联系人|联系电话|电话|报送日期|填报日期|日期|备注|说明|注|合计|总计|小计)\s*[:：]?/

const FIELD_ALIASES: Record<string, string> = { 医疗: '医疗卫生', 医疗健康: '医疗卫生', 卫生健康: '医疗卫生', 健康: '医疗卫生', 法律: '司法', 法治: '司法', 财经金融: '金融' }

export class RowReader<K extends ReportKind> {
  /** field → index of its cell; a plain object rather than a Map: it is read a dozen times per row */
  private readonly columns: Record<string, number>
  /** the cells of the required fields, by index (-1: the field is not mapped) */
  private readonly required: Int32Array

  constructor(
    readonly kind: K,
    readonly platformId: string,
    headers: readonly string[],
    mapping: Mapping,
  ) {
    this.columns = {}
    const known = new Set(FIELDS[kind].map((f) => f.key))
    for (const [field, header] of Object.entries(mapping)) {
      const at = known.has(field) ? headers.indexOf(header) : -1
      if (at >= 0) this.columns[field] = at
    }
    this.required = Int32Array.from(REQUIRED[kind], (f) => this.columns[f] ?? -1)
  }

  /** Fields required for this kind that the mapping leaves unmapped. */
  missingRequired(): string[] {
    return REQUIRED[this.kind].filter((f) => !(f in this.columns))
  }

  read(cells: readonly Cell[], row: number): RowOutcome<K> {
    // a row with its required values is data; only the others can be blank or a signature line
    if (!this.hasRequiredValues(cells)) {
      const filled = cells.map(cellText).filter((t) => t !== '')
      if (filled.length === 0) return { type: 'skipped', why: 'blank' }
      if (filled.length <= 3 && FOOTER.test(filled[0] ?? '')) return { type: 'skipped', why: 'footer' }
    }
    const errors: RowError[] = []
    const ctx = new CellReader(cells, this.columns, row, errors)
    const rows = this.kind === 'accounts' ? this.account(ctx) : this.kind === 'dispositions' ? this.dispositions(ctx) : this.earnings(ctx)
    if (errors.length > 0 || rows.length === 0) return { type: 'rejected', errors }
    return { type: 'rows', rows: rows as RowsByKind[K][] }
  }

  private hasRequiredValues(cells: readonly Cell[]): boolean {
    for (let i = 0; i < this.required.length; i++) {
      const at = this.required[i] ?? -1
      if (at < 0 || cellText(cells[at]) === '') return false
    }
    return true
  }

  private account(c: CellReader): AccountSnapshot[] {
    const accountId = c.text('platform_account_id', true)
    const holderType = c.code('holder_type', parseHolderType, 'import.reason.unknownHolderType', true)
    const field = c.text('field')
    const row: AccountSnapshot = {
      platformId: this.platformId,
      accountId,
      accountName: c.text('account_name'),
      holderType: holderType ?? 'person',
      holderKey: c.text('holder_key'),
      mcn: c.text('mcn'),
      followers: c.count('followers'),
      field: FIELD_ALIASES[field] ?? field,
      credentialStatus: c.code('credential_status', parseCredential, 'import.reason.unknownCredential'),
      credentialExpiry: c.date('credential_expiry'),
      earningsEnabled: c.yesNo('earnings_enabled'),
      entityChangedOn: c.date('entity_changed_on'),
      status: c.code('account_status', parseAccountStatus, 'import.reason.unknownStatus'),
      registeredOn: c.date('registered_on'),
      snapshotDate: c.date('snapshot_date'),
    }
    return [row]
  }

  private dispositions(c: CellReader): Disposition[] {
    const accountId = c.text('platform_account_id', true)
    const violationType = c.code('violation_type', parseViolation, 'import.reason.unknownViolation', true)
    const violationDate = c.date('violation_date', true)
    const parts = c.value('measure', parseMeasures, 'import.reason.unknownMeasure', true)
    const start = c.date('measure_start')
    const rowLength = c.value('measure_days', parseLength, 'import.reason.badLength')
    const end = c.date('measure_end')
    const followersRemoved = c.count('followers_removed')
    const reportedToCac = c.yesNo('reported_to_cac')
    const summary = c.text('summary')
    const contentUrl = c.text('content_url')
    const givenId = c.text('disposition_id')
    const accountName = c.text('account_name')
    if (!parts || !violationType || !violationDate) return []
    const out: Disposition[] = []
    for (const part of parts) {
      const length = part.length ?? rowLength
      if (length && 'days' in length && length.days < 0) {
        c.reject(part.length ? 'measure' : 'measure_days', part.length ? part.text : c.raw('measure_days'), 'import.reason.negativeLength')
        return []
      }
      const span = measureSpan(start, length, end)
      const dispositionId = givenId || syntheticId(accountId, violationDate, part.measure, start)
      out.push({
        platformId: this.platformId,
        dispositionId,
        accountId,
        accountName,
        violationType,
        violationDate,
        measure: part.measure,
        measureStart: start,
        measureDays: span.days,
        measureEnd: span.end,
        permanent: span.permanent,
        followersRemoved,
        reportedToCac,
        summary,
        contentUrl,
      })
    }
    return out
  }

  private earnings(c: CellReader): EarningsChange[] {
    const accountId = c.text('platform_account_id', true)
    const action = c.code('action', parseEarningsAction, 'import.reason.unknownAction', true)
    const effectiveDate = c.date('effective_date', true)
    const row = {
      platformId: this.platformId,
      accountId,
      accountName: c.text('account_name'),
      action: action ?? 'grant',
      effectiveDate: effectiveDate ?? '',
      endDate: c.date('end_date'),
      reason: c.text('reason'),
    }
    return action && effectiveDate ? [row] : []
  }
}

/** A length, an end date, both or neither: the days, the end and whether it is permanent, made consistent.
 * The end date is the last day the measure applies, as Chinese reports write periods (7月1日至7月30日 is
 * 30 days): end = start + days − 1. */
function measureSpan(start: string | null, length: Length | null | undefined, end: string | null): { days: number | null; end: string | null; permanent: boolean } {
  if (length && 'permanent' in length) return { days: null, end: null, permanent: true }
  if (length) return { days: length.days, end: end ?? (start && length.days > 0 ? addDays(start, length.days - 1) : null), permanent: false }
  if (start && end) return { days: dayNumber(end) - dayNumber(start) + 1, end, permanent: false }
  return { days: null, end, permanent: false }
}

/** A stable id for a disposition the platform sent without one, so that the same row imported again is
 * recognised as the same disposition. Marked with `~` so it is never mistaken for the platform's own. */
function syntheticId(accountId: string, violationDate: string, measure: Measure, start: string | null): string {
  return `~${sha256Hex(`${accountId}|${violationDate}|${measure}|${start ?? ''}`).slice(0, 16)}`
}

/** The natural key of a row within its platform, for finding duplicates. */
export function rowKey<K extends ReportKind>(kind: K, row: RowsByKind[K]): string {
  switch (kind) {
    case 'dispositions': {
      const d = row as Disposition
      return `${d.dispositionId}\u0001${d.measure}`
    }
    case 'earnings': {
      const e = row as EarningsChange
      return `${e.accountId}\u0001${e.action}\u0001${e.effectiveDate}`
    }
    default: {
      const a = row as AccountSnapshot
      return `${a.accountId}\u0001${a.snapshotDate ?? ''}`
    }
  }
}

const SEP = '\u0001'

/** The keys of a segment's rows, as rowKey writes them, packed: read from the columns in one pass, so that no
 * key string is made per row. */
export function segmentKeys(segment: Segment): PackedText {
  const n = segment.count
  const parts: string[] = []
  const ends = new Int32Array(n)
  let at = 0
  const push = (text: string) => {
    parts.push(text)
    at += text.length
  }
  const iso = (day: number) => (day === NO_DAY ? '' : isoFromDay(day))
  if (segment.kind === 'dispositions') {
    const c = (segment as Segment<'dispositions'>).columns
    for (let i = 0; i < n; i++) {
      push(c.dispositionId[i] ?? '')
      push(SEP)
      push(MEASURES[c.measure[i] ?? -1] ?? '')
      ends[i] = at
    }
  } else if (segment.kind === 'earnings') {
    const c = (segment as Segment<'earnings'>).columns
    for (let i = 0; i < n; i++) {
      push(c.accountId[i] ?? '')
      push(SEP)
      push(EARNINGS_ACTIONS[c.action[i] ?? -1] ?? '')
      push(SEP)
      push(iso(c.effectiveDate[i] ?? NO_DAY))
      ends[i] = at
    }
  } else {
    const c = (segment as Segment<'accounts'>).columns
    for (let i = 0; i < n; i++) {
      push(c.accountId[i] ?? '')
      push(SEP)
      push(iso(c.snapshotDate[i] ?? NO_DAY))
      ends[i] = at
    }
  }
  return { packed: parts.join(''), ends }
}

/** Measure → bit, for RowKeyIndex (31 measures at most: the bits are those of a 32-bit integer; a test
 * holds the list to that). */
const MEASURE_BITS = new Map<string, number>(MEASURES.map((m, i) => [m, 2 ** i]))

/**
 * The keys of rows seen, for finding duplicates among a million rows fast. A disposition's key is its id
 * and its measure: here, per disposition id, the measures seen as bits — so that no key string is built
 * and looked up per row, only the id. Other kinds keep their key strings (with one bit).
 */
export class RowKeyIndex<K extends ReportKind> {
  private readonly table: KeyBits

  constructor(
    readonly kind: K,
    expected = 0,
  ) {
    this.table = new KeyBits(expected)
  }

  /** An index of keys as rowKey writes them (a report's stored keys). */
  static of<K extends ReportKind>(kind: K, keys: Iterable<string>, expected = 0): RowKeyIndex<K> {
    const index = new RowKeyIndex(kind, expected)
    for (const key of keys) {
      const cut = key.lastIndexOf('\u0001')
      const bit = kind === 'dispositions' && cut >= 0 ? MEASURE_BITS.get(key.slice(cut + 1)) : undefined
      if (bit === undefined) index.table.add(key, 1)
      else index.table.add(key.slice(0, cut), bit)
    }
    return index
  }

  get size(): number {
    let n = 0
    for (const [, bits] of this.table) for (let b = bits; b !== 0; b &= b - 1) n++
    return n
  }

  has(row: RowsByKind[K]): boolean {
    const bit = this.kind === 'dispositions' ? MEASURE_BITS.get((row as Disposition).measure) : undefined
    if (bit === undefined) return this.table.get(rowKey(this.kind, row)) !== 0
    return (this.table.get((row as Disposition).dispositionId) & bit) !== 0
  }

  /** Adds the row's key; false when it was there already. */
  add(row: RowsByKind[K]): boolean {
    const bit = this.kind === 'dispositions' ? MEASURE_BITS.get((row as Disposition).measure) : undefined
    if (bit === undefined) return this.table.add(rowKey(this.kind, row), 1)
    return this.table.add((row as Disposition).dispositionId, bit)
  }
}

/** Reads mapped cells of one record, collecting errors. */
class CellReader {
  constructor(
    private readonly cells: readonly Cell[],
    private readonly columns: Readonly<Record<string, number>>,
    private readonly row: number,
    private readonly errors: RowError[],
  ) {}

  cell(field: string): Cell {
    const at = this.columns[field]
    return at === undefined ? undefined : this.cells[at]
  }

  raw(field: string): string {
    return cellText(this.cell(field))
  }

  reject(field: string, value: string, key: MessageKey): void {
    const shown = value.length > VALUE_SHOWN ? `${value.slice(0, VALUE_SHOWN)}…` : value
    this.errors.push({ row: this.row, field, value: shown, reason: { key } })
  }

  text(field: string, required = false): string {
    const value = this.raw(field)
    if (required && value === '') this.reject(field, value, 'import.reason.required')
    else if (value.length > (MAX_TEXT[field] ?? DEFAULT_MAX_TEXT)) this.reject(field, value, 'import.reason.tooLong')
    return value
  }

  /** Reads with `parse`; undefined from it means unreadable, null means empty. */
  value<T>(field: string, parse: (cell: Cell) => T | null | undefined, bad: MessageKey, required = false): T | null {
    const cell = this.cell(field)
    const value = parse(cell)
    if (value === undefined) {
      this.reject(field, cellText(cell), bad)
      return null
    }
    if (value === null && required) this.reject(field, '', 'import.reason.required')
    return value
  }

  code<T>(field: string, parse: (cell: Cell) => T | null | undefined, bad: MessageKey, required = false): T | null {
    return this.value(field, parse, bad, required)
  }

  date(field: string, required = false): string | null {
    return this.value(field, parseDate, 'import.reason.badDate', required)
  }

  count(field: string): number | null {
    const n = this.value(field, parseCount, 'import.reason.badNumber')
    if (n !== null && n < 0) this.reject(field, this.raw(field), 'import.reason.negativeNumber')
    return n
  }

  yesNo(field: string): boolean | null {
    return this.value(field, parseYesNo, 'import.reason.badYesNo')
  }
}
