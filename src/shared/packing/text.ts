// Text columns as stored: a column of thousands of strings is written as ONE string (the values end to end)
// and the end offset of each value. IndexedDB serialises every string of an array on its own, so a segment
// of 5,000 rows with five text columns costs 25,000 string writes one way and 25,000 string objects the
// other; packed, it is five strings and five typed arrays — the import's commit and every read of the rows
// (rule checks, the account list) are the faster for it. Values come back as slices of the packed string.

/** One packed text column. */
export interface PackedText {
  readonly packed: string
  /** the offset in `packed` where each value ends (the first starts at 0) */
  readonly ends: Int32Array
}

export function isPackedText(value: unknown): value is PackedText {
  // not `instanceof Int32Array`: a record read back may come from another realm (a test's fake store)
  return typeof value === 'object' && value !== null && typeof (value as PackedText).packed === 'string' && ArrayBuffer.isView((value as PackedText).ends)
}

export function packText(values: readonly string[]): PackedText {
  const ends = new Int32Array(values.length)
  let at = 0
  for (let i = 0; i < values.length; i++) {
    at += (values[i] ?? '').length
    ends[i] = at
  }
  return { packed: values.join(''), ends }
}

export function unpackText(column: PackedText): string[] {
  const { packed, ends } = column
  const out = new Array<string>(ends.length)
  let from = 0
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i] ?? from
    out[i] = packed.slice(from, to)
    from = to
  }
  return out
}

/** Packed columns end to end, as one. */
export function joinPackedText(parts: readonly PackedText[]): PackedText {
  const ends = new Int32Array(parts.reduce((n, p) => n + p.ends.length, 0))
  let at = 0
  let offset = 0
  for (const part of parts) {
    for (let i = 0; i < part.ends.length; i++) ends[at++] = offset + (part.ends[i] ?? 0)
    offset += part.packed.length
  }
  return { packed: parts.map((p) => p.packed).join(''), ends }
}

/** A column's values are all of one type: the first tells. */
const isTextArray = (value: unknown): value is string[] => Array.isArray(value) && (value.length === 0 || typeof value[0] === 'string')

/** Packs every string array among an object's own properties (a record's `columns`, say); other values
 * are kept as they are. Returns a new object; the one given is not changed. */
export function packTextColumns<T extends object>(columns: T): T {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(columns)) out[name] = isTextArray(value) ? packText(value) : value
  return out as T
}

/** The reverse of packTextColumns. Columns stored before text was packed are plain arrays: kept as they are. */
export function unpackTextColumns<T extends object>(columns: T): T {
  let out: Record<string, unknown> | null = null
  for (const [name, value] of Object.entries(columns)) {
    if (!isPackedText(value)) continue
    out ??= { ...(columns as Record<string, unknown>) }
    out[name] = unpackText(value)
  }
  return (out ?? columns) as T
}
