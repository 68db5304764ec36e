// Reading a file's bytes as text: recognising what the file is (CSV text, XLSX, JSON, or not a report at
// all: a picture, a PDF, random bytes), detecting its encoding without asking (UTF-8, UTF-8 with BOM,
// UTF-16, GB18030/GBK), and decoding it with ONE streaming TextDecoder, so that a character split across
// chunk boundaries is never corrupted (papaparse's own chunked reader corrupts them: DESIGN, "Scale").

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'
export type FileFormat = 'csv' | 'xlsx' | 'json'

/** Why a file is not a report at all; the message key is under `import.notReport`. */
export type NotReport = 'empty' | 'image' | 'pdf' | 'xls' | 'zip' | 'binary' | 'archive'

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v)

/** Recognises the format from the first bytes (and the name, for JSON vs CSV text). */
export function sniffFormat(bytes: Uint8Array, fileName: string): { format: FileFormat } | { notReport: NotReport } {
  if (bytes.length === 0) return { notReport: 'empty' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || startsWith(bytes, [0x42, 0x4d]))
    return { notReport: 'image' }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { notReport: 'image' }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { notReport: 'pdf' }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { notReport: 'xls' }
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return { notReport: 'archive' }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return /\.xls[xm]$/i.test(fileName) || hasZipEntry(bytes, 'xl/') ? { format: 'xlsx' } : { notReport: 'zip' }
  // text: JSON when it says so by name or by its first character
  const first = firstNonSpace(bytes)
  if (/\.(json|ndjson|jsonl)$/i.test(fileName) || first === 0x5b /* [ */ || first === 0x7b /* { */) return { format: 'json' }
  return { format: 'csv' }
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return bytes[i]
}

/** Looks for a zip local-file name starting with `prefix` in the first 64 KB. */
function hasZipEntry(bytes: Uint8Array, prefix: string): boolean {
  const head = bytes.subarray(0, 65536)
  const needle = Array.from(prefix, (c) => c.charCodeAt(0))
  outer: for (let i = 0; i + needle.length < head.length; i++) {
    for (let j = 0; j < needle.length; j++) if (head[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** How much of a file the encoding is guessed from. Reading it all would cost a full pass; a UTF-8 file
 * that turns out invalid further on is caught while it is decoded (see `EncodingMismatch`). */
export const DETECT_BYTES = 1 << 22

/** Detects the encoding: a BOM first; otherwise UTF-8 if the first bytes are valid UTF-8, else GB18030 (a
 * superset of GBK and GB2312, which Chinese offices and platforms still send). */
export function detectEncoding(bytes: Uint8Array, limit = DETECT_BYTES): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return isValidUtf8(bytes.subarray(0, limit), bytes.length <= limit) ? 'utf-8' : 'gb18030'
}

/** Whether the bytes are valid UTF-8; a prefix may end inside a character (`whole` false). */
function isValidUtf8(bytes: Uint8Array, whole: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    decoder.decode(bytes, { stream: !whole })
    return true
  } catch {
    return false
  }
}

/** Bytes that are not valid in the encoding the start of the file suggested: the caller reads the file
 * again as GB18030 (a file whose first megabytes are plain ASCII says nothing about its Chinese). */
export class EncodingMismatch extends Error {
  constructor() {
    super('encoding mismatch')
    this.name = 'EncodingMismatch'
  }
}

const DECODER_LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
}

/**
 * Decodes the bytes chunk by chunk with one streaming decoder, calling `onText` with each piece of text in
 * order. The BOM is dropped. `chunkSize` is small in tests so that multi-byte characters straddle it.
 */
export function decodeChunks(bytes: Uint8Array, encoding: Encoding, onText: (text: string, bytesDone: number) => void, chunkSize = 1 << 22): void {
  // UTF-8 strictly: a file guessed as UTF-8 from its start but not UTF-8 further on must not be misread
  const decoder = new TextDecoder(DECODER_LABEL[encoding], { fatal: encoding === 'utf-8' })
  try {
    for (let at = 0; at < bytes.length; at += chunkSize) {
      const end = Math.min(bytes.length, at + chunkSize)
      const text = decoder.decode(bytes.subarray(at, end), { stream: true })
      if (text !== '') onText(text, end)
    }
    const tail = decoder.decode()
    if (tail !== '') onText(tail, bytes.length)
  } catch (error) {
    if (error instanceof TypeError) throw new EncodingMismatch()
    throw error
  }
}

/** True when decoded text looks like text: few control characters and replacement characters. */
export function looksLikeText(sample: string): boolean {
  if (sample.length === 0) return true
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0x7f) bad++
  }
  return bad / sample.length < 0.01
}
