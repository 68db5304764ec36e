// Packed rows: bulk report data is immutable once committed, so it is stored as segments of thousands of
// rows laid out by column (typed arrays for dates, codes and numbers; plain arrays for text). One record per
// segment instead of one per row is what lets a million rows import and scan in seconds (DESIGN, "Scale").
import {
  ACCOUNT_STATUSES,
  CREDENTIAL_STATUSES,
  EARNINGS_ACTIONS,
  HOLDER_TYPES,
  MEASURES,
  VIOLATION_TYPES,
  type ReportKind,
  type RowsByKind,
} from '../domain/records'
import { NO_DAY, dayNumber, isoFromDay } from '../util/dates'
import { packTextColumns, unpackTextColumns, type PackedText } from './text'

/** How one field is stored. */
type Codec =
  | { type: 'text' }
  | { type: 'day' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'count' }
  | { type: 'flag' }

const text = { type: 'text' } as const
const day = { type: 'day' } as const
const count = { type: 'count' } as const
const flag = { type: 'flag' } as const
const enumOf = (values: readonly string[]) => ({ type: 'enum', values }) as const

/** The column layout of each kind (every row field but `platformId`, which the segment holds once).
 * Codes are stored as indexes into the domain's lists: only ever append to those lists. */
export const LAYOUTS = {
  accounts: {
    accountId: text,
    accountName: text,
    holderType: enumOf(HOLDER_TYPES),
    holderKey: text,
    mcn: text,
    followers: count,
    field: text,
    credentialStatus: enumOf(CREDENTIAL_STATUSES),
    credentialExpiry: day,
    earningsEnabled: flag,
    entityChangedOn: day,
    status: enumOf(ACCOUNT_STATUSES),
    registeredOn: day,
    snapshotDate: day,
  },
  dispositions: {
    dispositionId: text,
    accountId: text,
    accountName: text,
    violationType: enumOf(VIOLATION_TYPES),
    violationDate: day,
    measure: enumOf(MEASURES),
    measureStart: day,
    measureDays: count,
    measureEnd: day,
    permanent: flag,
    followersRemoved: count,
    reportedToCac: flag,
    summary: text,
    contentUrl: text,
  },
  earnings: {
    accountId: text,
    accountName: text,
    action: enumOf(EARNINGS_ACTIONS),
    effectiveDate: day,
    endDate: day,
    reason: text,
  },
} as const satisfies Record<ReportKind, Record<string, Codec>>

type Layout<K extends ReportKind> = (typeof LAYOUTS)[K]

/** The stored form of a codec: text → string[]; dates → Int32Array of day numbers (NO_DAY = none);
 * enums → Int8Array of indexes (-1 = none); counts → Float64Array (NaN = none); flags → Int8Array (-1 = none). */
type Stored<C> = C extends { type: 'text' } ? string[] : C extends { type: 'day' } ? Int32Array : C extends { type: 'count' } ? Float64Array : Int8Array

export type Columns<K extends ReportKind> = { [F in keyof Layout<K>]: Stored<Layout<K>[F]> }

/** A segment: up to SEGMENT_ROWS rows of one report, by column. */
export interface Segment<K extends ReportKind = ReportKind> {
  /** `${reportId}:${seq}` with seq zero-padded, so ids sort in row order */
  id: string
  reportId: string
  platformId: string
  kind: K
  seq: number
  count: number
  /** each row's line in the source file */
  sourceRows: Int32Array
  columns: Columns<K>
}

export const SEGMENT_ROWS = 5000

/** A segment's columns with their text packed (./text.ts): as the import keeps a staged report's rows until
 * they are committed, and as the store holds them. */
export type PackedColumns<K extends ReportKind> = { [F in keyof Columns<K>]: Columns<K>[F] extends string[] ? PackedText : Columns<K>[F] }

export interface PackedSegment<K extends ReportKind = ReportKind> extends Omit<Segment<K>, 'columns'> {
  columns: PackedColumns<K>
}

export function packSegment<K extends ReportKind>(segment: Segment<K>): PackedSegment<K> {
  return { ...segment, columns: packTextColumns(segment.columns) as unknown as PackedColumns<K> }
}

export function unpackSegment<K extends ReportKind>(segment: PackedSegment<K>): Segment<K> {
  return { ...segment, columns: unpackTextColumns(segment.columns) as unknown as Columns<K> }
}

export function segmentId(reportId: string, seq: number): string {
  return `${reportId}:${String(seq).padStart(6, '0')}`
}

function codecs(kind: ReportKind): [string, Codec][] {
  return Object.entries(LAYOUTS[kind])
}

/** Code → index, per enum list: a Map lookup instead of a scan of the list for every cell. */
const enumIndexes = new Map<readonly string[], Map<string, number>>()
function enumIndex(values: readonly string[]): Map<string, number> {
  let index = enumIndexes.get(values)
  if (!index) {
    index = new Map(values.map((v, i) => [v, i]))
    enumIndexes.set(values, index)
  }
  return index
}

/** One field's encoder: where it reads in a row and how it writes into its column. */
interface FieldWriter {
  field: string
  codec: Codec
  index: Map<string, number> | null
}

const writers = new Map<ReportKind, FieldWriter[]>()
function writersOf(kind: ReportKind): FieldWriter[] {
  let list = writers.get(kind)
  if (!list) {
    list = codecs(kind).map(([field, codec]) => ({ field, codec, index: codec.type === 'enum' ? enumIndex(codec.values) : null }))
    writers.set(kind, list)
  }
  return list
}

function emptyColumn(codec: Codec, n: number): unknown {
  switch (codec.type) {
    case 'text':
      return new Array<string>(n)
    case 'day':
      return new Int32Array(n)
    case 'count':
      return new Float64Array(n)
    default:
      return new Int8Array(n)
  }
}

/**
 * Packs rows one at a time, as they are read, into the columns of one segment: no row has to be kept
 * until a segment is full (a million rows kept as objects are what the garbage collector spends its time
 * on). `take` hands the segment over and starts the next.
 */
export class SegmentBuilder<K extends ReportKind> {
  private readonly writers: FieldWriter[]
  private columns: unknown[] = []
  private sources = new Int32Array(0)
  private n = 0

  constructor(
    readonly kind: K,
    readonly capacity = SEGMENT_ROWS,
  ) {
    this.writers = writersOf(kind)
    this.reset()
  }

  get count(): number {
    return this.n
  }

  get full(): boolean {
    return this.n >= this.capacity
  }

  private reset(): void {
    this.columns = this.writers.map((w) => emptyColumn(w.codec, this.capacity))
    this.sources = new Int32Array(this.capacity)
    this.n = 0
  }

  push(row: RowsByKind[K], sourceRow: number): void {
    if (this.full) throw new Error('segment full: take it first')
    const i = this.n++
    this.sources[i] = sourceRow
    const cells = row as unknown as Record<string, unknown>
    for (let f = 0; f < this.writers.length; f++) {
      const w = this.writers[f] as FieldWriter
      const v = cells[w.field]
      switch (w.codec.type) {
        case 'text':
          ;(this.columns[f] as string[])[i] = typeof v === 'string' ? v : ''
          break
        case 'day':
          ;(this.columns[f] as Int32Array)[i] = typeof v === 'string' && v !== '' ? dayNumber(v) : NO_DAY
          break
        case 'enum':
          ;(this.columns[f] as Int8Array)[i] = typeof v === 'string' ? (w.index?.get(v) ?? -1) : -1
          break
        case 'count':
          ;(this.columns[f] as Float64Array)[i] = typeof v === 'number' ? v : NaN
          break
        case 'flag':
          ;(this.columns[f] as Int8Array)[i] = v === true ? 1 : v === false ? 0 : -1
          break
      }
    }
  }

  /** The rows pushed since the last take, as columns trimmed to their number; starts afresh. */
  takeColumns(): { columns: Columns<K>; sourceRows: Int32Array; count: number } {
    const n = this.n
    const out: Record<string, unknown> = {}
    this.writers.forEach((w, f) => {
      const col = this.columns[f] as string[] | Int32Array | Int8Array | Float64Array
      out[w.field] = n === this.capacity ? col : col.slice(0, n)
    })
    const sourceRows = n === this.capacity ? this.sources : this.sources.slice(0, n)
    this.reset()
    return { columns: out as Columns<K>, sourceRows, count: n }
  }

  /** The rows pushed since the last take as segment `seq` of a report; starts afresh. */
  take(reportId: string, platformId: string, seq: number): Segment<K> {
    const { columns, sourceRows, count } = this.takeColumns()
    return { id: segmentId(reportId, seq), reportId, platformId, kind: this.kind, seq, count, sourceRows, columns }
  }
}

/** Packs normalised rows into columns. */
export function packColumns<K extends ReportKind>(kind: K, rows: readonly RowsByKind[K][]): Columns<K> {
  const builder = new SegmentBuilder(kind, Math.max(1, rows.length))
  rows.forEach((row, i) => builder.push(row, i))
  return builder.takeColumns().columns
}

/** Reads row `i` of a segment back as a normalised row object. */
export function unpackRow<K extends ReportKind>(segment: Segment<K>, i: number): RowsByKind[K] {
  const row: Record<string, unknown> = { platformId: segment.platformId }
  const cols = segment.columns as unknown as Record<string, ArrayLike<unknown>>
  for (const [field, codec] of codecs(segment.kind)) {
    const v = cols[field]?.[i]
    switch (codec.type) {
      case 'text':
        row[field] = v ?? ''
        break
      case 'day':
        row[field] = typeof v === 'number' && v !== NO_DAY ? isoFromDay(v) : null
        break
      case 'enum':
        row[field] = typeof v === 'number' && v >= 0 ? (codec.values[v] ?? null) : null
        break
      case 'count':
        row[field] = typeof v === 'number' && !Number.isNaN(v) ? v : null
        break
      case 'flag':
        row[field] = v === 1 ? true : v === 0 ? false : null
        break
    }
  }
  return row as unknown as RowsByKind[K]
}

/** Splits accepted rows into segments of SEGMENT_ROWS. */
export function packSegments<K extends ReportKind>(
  kind: K,
  reportId: string,
  platformId: string,
  rows: readonly RowsByKind[K][],
  sourceRows: readonly number[],
  firstSeq = 0,
  size = SEGMENT_ROWS,
): Segment<K>[] {
  const out: Segment<K>[] = []
  const builder = new SegmentBuilder(kind, size)
  rows.forEach((row, i) => {
    builder.push(row, sourceRows[i] ?? 0)
    if (builder.full) out.push(builder.take(reportId, platformId, firstSeq + out.length))
  })
  if (builder.count > 0) out.push(builder.take(reportId, platformId, firstSeq + out.length))
  return out
}
