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

/** Packs normalised rows into columns, column by column in one pass over the rows each. */
export function packColumns<K extends ReportKind>(kind: K, rows: readonly RowsByKind[K][]): Columns<K> {
  const n = rows.length
  const out: Record<string, unknown> = {}
  const cells = rows as unknown as readonly Record<string, unknown>[]
  for (const [field, codec] of codecs(kind)) {
    switch (codec.type) {
      case 'text': {
        const col = new Array<string>(n)
        for (let i = 0; i < n; i++) {
          const v = cells[i]?.[field]
          col[i] = typeof v === 'string' ? v : ''
        }
        out[field] = col
        break
      }
      case 'day': {
        const col = new Int32Array(n)
        for (let i = 0; i < n; i++) {
          const v = cells[i]?.[field]
          col[i] = typeof v === 'string' && v !== '' ? dayNumber(v) : NO_DAY
        }
        out[field] = col
        break
      }
      case 'enum': {
        const col = new Int8Array(n)
        const index = enumIndex(codec.values)
        for (let i = 0; i < n; i++) {
          const v = cells[i]?.[field]
          col[i] = typeof v === 'string' ? (index.get(v) ?? -1) : -1
        }
        out[field] = col
        break
      }
      case 'count': {
        const col = new Float64Array(n)
        for (let i = 0; i < n; i++) {
          const v = cells[i]?.[field]
          col[i] = typeof v === 'number' ? v : NaN
        }
        out[field] = col
        break
      }
      case 'flag': {
        const col = new Int8Array(n)
        for (let i = 0; i < n; i++) {
          const v = cells[i]?.[field]
          col[i] = v === true ? 1 : v === false ? 0 : -1
        }
        out[field] = col
        break
      }
    }
  }
  return out as Columns<K>
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
  for (let start = 0, seq = firstSeq; start < rows.length; start += size, seq++) {
    const slice = rows.slice(start, start + size)
    out.push({
      id: segmentId(reportId, seq),
      reportId,
      platformId,
      kind,
      seq,
      count: slice.length,
      sourceRows: Int32Array.from(sourceRows.slice(start, start + size)),
      columns: packColumns(kind, slice),
    })
  }
  return out
}
