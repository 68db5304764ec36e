// Opening a report file as a table of records, whatever its format: CSV (decoded in chunks, parsed in
// pieces), XLSX (a chosen sheet; dates and numbers as Excel stores them), JSON arrays and NDJSON. Records
// come out in batches so that a worker can report progress and notice a cancel between them.
import readXlsxFile from 'read-excel-file/universal'
import type { Message } from '../i18n'
import { CsvRecordStream } from './csv'
import { EncodingMismatch, decodeChunks, detectEncoding, looksLikeText, sniffFormat, type Encoding, type FileFormat } from './decode'
import type { Cell } from './values'

export interface RecordBatch {
  records: Cell[][]
  /** row number of the first record (1-based) */
  firstRow: number
  /** share of the file read so far, 0–1 */
  progress: number
}

export interface Table {
  format: FileFormat
  encoding: Encoding | null
  sheetNames: string[]
  sheet: string | null
  /** the records, in order, in batches */
  batches(): Generator<RecordBatch>
}

/** A file that cannot be read as a report at all: one message, nothing imported. */
export class NotAReport extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key)
    this.name = 'NotAReport'
  }
}

const BATCH = 5000

export interface OpenOptions {
  sheet?: string
  /** read as this encoding instead of guessing (after an `EncodingMismatch`) */
  encoding?: Encoding
  /** bytes decoded per step (tests make it tiny so that characters straddle every boundary) */
  chunkSize?: number
}

export async function openTable(bytes: Uint8Array, fileName: string, options: OpenOptions = {}): Promise<Table> {
  const { sheet, chunkSize = CHUNK } = options
  const sniffed = sniffFormat(bytes, fileName)
  if ('notReport' in sniffed) throw new NotAReport({ key: `import.notReport.${sniffed.notReport}` })
  if (sniffed.format === 'xlsx') return openXlsx(bytes, sheet)
  const encoding = options.encoding ?? detectEncoding(bytes)
  const sample = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes.subarray(0, 65536), { stream: true })
  if (!looksLikeText(sample)) throw new NotAReport({ key: 'import.notReport.binary' })
  if (sniffed.format === 'csv') return openCsv(bytes, encoding, chunkSize)
  try {
    return openJson(bytes, encoding)
  } catch (error) {
    // JSON is decoded whole here, so a wrong guess can be corrected on the spot
    if (error instanceof EncodingMismatch) return openJson(bytes, 'gb18030')
    throw error
  }
}

/** What we use of a TextDecoder (named structurally: Node's typings declare no TextDecoder type). */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string
}

/** A streaming decoder; UTF-8 is decoded strictly, so that a GBK file guessed as UTF-8 from its first
 * megabytes is caught instead of read with replacement characters. */
function decoderFor(encoding: Encoding): Decoder {
  // the BOM is dropped by the decoder itself
  return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: encoding === 'utf-8' })
}

function strictDecode(decoder: Decoder, bytes?: Uint8Array, options?: { stream?: boolean }): string {
  try {
    return decoder.decode(bytes, options)
  } catch {
    throw new EncodingMismatch()
  }
}

/** Bytes decoded per step: big enough to be fast, small enough that progress and cancel stay responsive. */
const CHUNK = 1 << 22

function openCsv(bytes: Uint8Array, encoding: Encoding, chunkSize: number): Table {
  return {
    format: 'csv',
    encoding,
    sheetNames: [],
    sheet: null,
    *batches() {
      // one streaming decoder for the whole file, so no character is split at a chunk boundary
      const decoder = decoderFor(encoding)
      const pending: string[][] = []
      const stream = new CsvRecordStream((records) => {
        for (const r of records) pending.push(r)
      })
      let row = 1
      for (let at = 0; at < bytes.length; at += chunkSize) {
        const end = Math.min(bytes.length, at + chunkSize)
        const last = end === bytes.length
        const text = strictDecode(decoder, bytes.subarray(at, end), { stream: true })
        if (text !== '') stream.push(text)
        if (last) {
          const tail = strictDecode(decoder)
          if (tail !== '') stream.push(tail)
          stream.end()
        }
        while (pending.length >= BATCH || (last && pending.length > 0)) {
          const records = pending.splice(0, BATCH)
          yield { records, firstRow: row, progress: end / bytes.length }
          row += records.length
        }
      }
    },
  }
}

function openJson(bytes: Uint8Array, encoding: Encoding): Table {
  let text = ''
  decodeChunks(bytes, encoding, (t) => (text += t))
  let objects: unknown[]
  const trimmed = text.trim()
  try {
    if (trimmed.startsWith('[')) objects = JSON.parse(trimmed) as unknown[]
    else objects = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown)
  } catch (error) {
    throw new NotAReport({ key: 'import.notReport.badJson', params: { detail: error instanceof Error ? error.message.slice(0, 120) : '' } })
  }
  if (!Array.isArray(objects) || !objects.every((o) => o !== null && typeof o === 'object' && !Array.isArray(o)))
    throw new NotAReport({ key: 'import.notReport.jsonShape' })
  const records = objects as Record<string, unknown>[]
  const keys: string[] = []
  for (const o of records) for (const k of Object.keys(o)) if (!keys.includes(k)) keys.push(k)
  const toCell = (v: unknown): Cell => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : JSON.stringify(v))
  const table: Cell[][] = [keys, ...records.map((o) => keys.map((k) => toCell(o[k])))]
  return fromRecords('json', encoding, [], null, table)
}

async function openXlsx(bytes: Uint8Array, sheet?: string): Promise<Table> {
  let sheets: { sheet: string; data: Cell[][] }[]
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: Cell[][] }[]
  } catch (error) {
    throw new NotAReport({ key: 'import.notReport.badXlsx', params: { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) } })
  }
  const names = sheets.map((s) => s.sheet)
  const chosen = sheet === undefined ? sheets.find((s) => s.data.some((r) => r.some((c) => c !== null && c !== ''))) ?? sheets[0] : sheets.find((s) => s.sheet === sheet)
  if (!chosen) throw new NotAReport({ key: 'import.notReport.noSheet', params: { sheet: sheet ?? '' } })
  return fromRecords('xlsx', null, names, chosen.sheet, chosen.data)
}

function fromRecords(format: FileFormat, encoding: Encoding | null, sheetNames: string[], sheet: string | null, records: Cell[][]): Table {
  return {
    format,
    encoding,
    sheetNames,
    sheet,
    *batches() {
      for (let at = 0; at < records.length; at += BATCH)
        yield { records: records.slice(at, at + BATCH), firstRow: at + 1, progress: Math.min(1, (at + BATCH) / Math.max(1, records.length)) }
    },
  }
}
