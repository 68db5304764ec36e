// The import pipeline, pure and shared by the app's import worker and the `check` command: look at a file
// (format, encoding, header, kind, mapping), then read every row into normalised, validated, de-duplicated
// rows packed into segments, with every rejected row's reason. Nothing here touches the store.
import type { ReportKind, RowsByKind } from '../domain/records'
import type { ReportStats } from '../domain/report'
import type { Message } from '../i18n'
import { SegmentBuilder, packSegment, type PackedSegment } from '../packing/columns'
import { statsAccumulator } from '../packing/stats'
import { joinPackedText, type PackedText } from '../packing/text'
import { sha256Hex } from '../util/hash'
import { FIELDS } from './fields'
import { applyRemembered, findHeader, mappingFor, periodFromTitle, type Mapping } from './header'
import { RowKeyIndex, RowReader, segmentKeys, type RowError } from './rows'
import { NotAReport, openTable, type Table } from './table'
import { cellText, type Cell } from './values'
import { EncodingMismatch, type Encoding, type FileFormat } from './decode'

export interface FilePreview {
  format: FileFormat
  encoding: Encoding | null
  sheetNames: string[]
  sheet: string | null
  /** 1-based row number of the header */
  headerRow: number
  headers: string[]
  kind: ReportKind
  mapping: Mapping
  scores: Record<ReportKind, number>
  /** the first data records as text, for showing beside the mapping */
  sample: string[][]
  /** a period named in a title row, if any */
  titlePeriod: { start: string; end: string } | null
}

export interface PreviewOptions {
  kind?: ReportKind
  sheet?: string
  /** a mapping remembered for this platform and kind */
  remembered?: Mapping
}

const SAMPLE_ROWS = 20

/** Reads only the first batch: enough to find the header, guess the kind and the mapping, and show rows. */
export async function previewFile(bytes: Uint8Array, fileName: string, options: PreviewOptions = {}): Promise<FilePreview> {
  const table = await openTable(bytes, fileName, { sheet: options.sheet })
  const first = table.batches().next()
  const records = first.done ? [] : first.value.records
  const guess = findHeader(records, options.kind)
  if (!guess) throw new NotAReport({ key: records.length === 0 ? 'import.notReport.empty' : 'import.notReport.noHeader' })
  const mapping = options.remembered ? applyRemembered(guess.kind, guess.headers, options.remembered) : guess.mapping
  const sample = records
    .slice(guess.index + 1)
    .filter((r) => r.some((c) => cellText(c) !== ''))
    .slice(0, SAMPLE_ROWS)
    .map((r) => guess.headers.map((_, i) => cellText(r[i])))
  return {
    format: table.format,
    encoding: table.encoding,
    sheetNames: table.sheetNames,
    sheet: table.sheet,
    headerRow: guess.index + 1,
    headers: guess.headers,
    kind: guess.kind,
    mapping,
    scores: guess.scores,
    sample,
    titlePeriod: periodFromTitle(records, guess.index),
  }
}

export interface StageOptions<K extends ReportKind> {
  platformId: string
  reportId: string
  kind: K
  /** the confirmed mapping; by default the one guessed from the header */
  mapping?: Mapping
  sheet?: string
  chunkSize?: number
  /** keys of rows already stored for this platform and kind (see rowKey) */
  existingKeys?: ReadonlySet<string>
  /** the file's SHA-256 in hex; by default computed in JavaScript, a worker passes the platform's own
   * (WebCrypto is several times faster on a file of a hundred megabytes) */
  digest?: (bytes: Uint8Array) => Promise<string>
  /** is handed each segment as it is packed, text and all (to build the report's account directory
   * meanwhile, say);
   * `restart` means the segments handed so far are void: the file is being read again from the start */
  segments?: SegmentSink
  /** called between batches: report progress, throw to cancel, await to let other work run */
  between?: (rowsDone: number, progress: number) => void | Promise<void>
}

export interface SegmentSink {
  add(segment: PackedSegment): void
  restart(): void
}

export interface StagedReport<K extends ReportKind = ReportKind> {
  /** the id the report will have; its segments already carry it */
  reportId: string
  platformId: string
  fileName: string
  sha256: string
  size: number
  format: FileFormat
  encoding: Encoding | null
  sheet: string | null
  kind: K
  headerRow: number
  headers: string[]
  mapping: Mapping
  /** data records read (title, header, blank and signature rows not counted) */
  rows: number
  /** rows stored: a record naming several measures gives several */
  accepted: number
  /** records refused */
  rejected: number
  /** rows dropped because the same row is in this file already, or stored already */
  duplicates: number
  skipped: { blank: number; footer: number }
  errors: RowError[]
  /** the first accepted rows */
  preview: RowsByKind[K][]
  period: { start: string; end: string } | null
  /** the accepted rows, text packed as each segment fills: a million rows kept as strings until the commit
   * are millions of objects the garbage collector walks again and again */
  segments: PackedSegment<K>[]
  /** the accepted rows' keys (see rowKey), in order, packed likewise */
  keys: PackedText
  stats: ReportStats
}

const PREVIEW_ROWS = 50

/** The date that places a row in time, for the report's period. */
function rowDate(kind: ReportKind, row: RowsByKind[ReportKind]): string | null {
  if (kind === 'dispositions') return (row as RowsByKind['dispositions']).violationDate
  if (kind === 'earnings') return (row as RowsByKind['earnings']).effectiveDate
  return (row as RowsByKind['accounts']).snapshotDate
}

export async function stageFile<K extends ReportKind>(bytes: Uint8Array, fileName: string, options: StageOptions<K>): Promise<StagedReport<K>> {
  try {
    return await stageWith(bytes, fileName, options)
  } catch (error) {
    // the start of the file looked like UTF-8 but further on it is not: read it all again as GB18030
    if (error instanceof EncodingMismatch) {
      options.segments?.restart()
      return stageWith(bytes, fileName, options, 'gb18030')
    }
    throw error
  }
}

async function stageWith<K extends ReportKind>(bytes: Uint8Array, fileName: string, options: StageOptions<K>, encoding?: Encoding): Promise<StagedReport<K>> {
  const { kind, platformId, reportId } = options
  const table: Table = await openTable(bytes, fileName, { sheet: options.sheet, chunkSize: options.chunkSize, ...(encoding ? { encoding } : {}) })
  // a platform's digest (WebCrypto) hashes on a thread of its own while the rows are read here
  const digesting = options.digest?.(bytes)
  digesting?.catch(() => undefined)

  let reader: RowReader<K> | null = null
  let headerRow = 0
  let headers: string[] = []
  let mapping: Mapping = {}
  let titlePeriod: { start: string; end: string } | null = null
  const head: Cell[][] = []

  const errors: RowError[] = []
  const preview: RowsByKind[K][] = []
  // the keys of the segments taken, packed
  const keyParts: PackedText[] = []
  let accepted = 0
  // the keys stored already and those met in this file, in one index: a row is a duplicate of either alike
  const seen = RowKeyIndex.of(kind, options.existingKeys ?? [], (options.existingKeys?.size ?? 0) + estimateRows(bytes))
  const stats = statsAccumulator(kind)
  const segments: PackedSegment<K>[] = []
  const builder = new SegmentBuilder(kind)
  let rows = 0
  let rejected = 0
  let duplicates = 0
  const skipped = { blank: 0, footer: 0 }
  let minDate = ''
  let maxDate = ''

  const takeSegment = () => {
    const segment = builder.take(reportId, platformId, segments.length)
    stats.addSegment(segment)
    const packed = packSegment(segment)
    segments.push(packed)
    keyParts.push(segmentKeys(segment))
    options.segments?.add(packed)
  }

  const consume = (record: Cell[], rowNumber: number) => {
    if (!reader) return
    const outcome = reader.read(record, rowNumber)
    if (outcome.type === 'skipped') {
      skipped[outcome.why]++
      return
    }
    rows++
    if (outcome.type === 'rejected') {
      rejected++
      errors.push(...outcome.errors)
      return
    }
    for (const row of outcome.rows) {
      if (!seen.add(row)) {
        duplicates++
        continue
      }
      accepted++
      if (preview.length < PREVIEW_ROWS) preview.push(row)
      const date = rowDate(kind, row)
      if (date) {
        if (minDate === '' || date < minDate) minDate = date
        if (date > maxDate) maxDate = date
      }
      builder.push(row, rowNumber)
      if (builder.full) takeSegment()
    }
  }

  for (const batch of table.batches()) {
    let i = 0
    if (!reader) {
      // the header is among the first records; keep them until it is found
      head.push(...batch.records)
      const guess = findHeader(head, kind)
      if (!guess) {
        if (head.length >= 30) throw new NotAReport({ key: 'import.notReport.noHeader' })
        continue
      }
      headerRow = guess.index + 1
      headers = guess.headers
      mapping = options.mapping ?? mappingFor(kind, headers)
      titlePeriod = periodFromTitle(head, guess.index)
      reader = new RowReader(kind, platformId, headers, mapping)
      const missing = reader.missingRequired()
      if (missing.length > 0) throw new NotAReport(missingColumns(kind, missing))
      // head holds every record from row 1: consume those after the header
      for (let r = guess.index + 1; r < head.length; r++) consume(head[r] ?? [], r + 1)
      i = batch.records.length
    }
    for (; i < batch.records.length; i++) consume(batch.records[i] ?? [], batch.firstRow + i)
    await options.between?.(rows, batch.progress)
  }
  if (!reader) throw new NotAReport({ key: head.length === 0 ? 'import.notReport.empty' : 'import.notReport.noHeader' })
  if (rows === 0) throw new NotAReport({ key: 'import.notReport.noRows' })
  if (builder.count > 0) takeSegment()
  const sha256 = digesting ? await digesting : sha256Hex(bytes)

  return {
    reportId,
    platformId,
    fileName,
    sha256,
    size: bytes.length,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    kind,
    headerRow,
    headers,
    mapping,
    rows,
    accepted,
    rejected,
    duplicates,
    skipped,
    errors,
    preview,
    period: titlePeriod ?? (minDate ? { start: minDate, end: maxDate } : null),
    segments,
    keys: joinPackedText(keyParts),
    stats: stats.result(),
  }
}

/** About how many rows a file holds, from the lines of its first megabyte: so that the index of keys is
 * sized once rather than grown as a million rows come (a sheet or a JSON file gives a rough guess, which
 * is all it needs). */
function estimateRows(bytes: Uint8Array): number {
  const sample = Math.min(bytes.length, 1 << 20)
  let lines = 0
  for (let i = 0; i < sample; i++) if (bytes[i] === 0x0a) lines++
  return sample === 0 ? 0 : Math.ceil((bytes.length / sample) * Math.max(1, lines) * 1.25)
}

function missingColumns(kind: ReportKind, missing: string[]): Message {
  const labels = missing.map((key) => FIELDS[kind].find((f) => f.key === key)?.labelZh ?? key)
  return { key: 'import.notReport.missingRequired', params: { fields: labels.join('、') } }
}
