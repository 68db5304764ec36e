// A set of strings, each with 32 bits of its own: the import's index of row keys (per disposition id, the
// measures seen). Built for a million keys read once each: V8's Map spends most of a microsecond per new
// key at that size (it rehashes as it grows, and every entry is an object the garbage collector walks),
// while here a key costs a hash, one probe of a typed array and, only when the hashes agree, one string
// comparison. The strings themselves are kept packed (one string per 4,096 keys), so that the keys of a
// million rows are a few hundred objects rather than a million.

const CHUNK_BITS = 12
const CHUNK = 1 << CHUNK_BITS
/** The most entries a table is sized for up front (64 MiB of slots); past that it grows as keys come. */
const MOST_EXPECTED = 1 << 22

/** FNV-1a over UTF-16 code units: a 32-bit hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h | 0
}

export class KeyBits {
  /** open addressing, two ints per slot: the key's hash, and its entry number + 1 (0: an empty slot) */
  private slots: Int32Array
  private mask: number
  private entries = 0
  /** per entry, its bits */
  private bits: Int32Array
  /** the strings of entries, CHUNK at a time: packed when complete, the last one as it fills */
  private readonly packed: string[] = []
  private readonly packedEnds: Int32Array[] = []
  private tail: string[] = []

  /** `expected`: about how many keys will be added (the table then need not grow as they come) */
  constructor(expected = 1024) {
    const sized = Math.min(Math.max(1024, expected), MOST_EXPECTED)
    let capacity = 1024
    while (capacity < sized * 2) capacity *= 2
    this.slots = new Int32Array(capacity * 2)
    this.mask = capacity - 1
    this.bits = new Int32Array(sized)
  }

  /** how many strings are in the set */
  get size(): number {
    return this.entries
  }

  /** The bits of `key`; 0 when it is not in the set. */
  get(key: string): number {
    const at = this.probe(key, hashString(key))
    const entry = (this.slots[at * 2 + 1] ?? 0) - 1
    return entry < 0 ? 0 : (this.bits[entry] ?? 0)
  }

  /** Sets `bits` on `key` (adding it); false when all of them were set already. */
  add(key: string, bits: number): boolean {
    const hash = hashString(key)
    const at = this.probe(key, hash)
    const entry = (this.slots[at * 2 + 1] ?? 0) - 1
    if (entry >= 0) {
      const had = this.bits[entry] ?? 0
      if ((had & bits) === bits) return false
      this.bits[entry] = had | bits
      return true
    }
    this.insert(at, key, hash, bits)
    return true
  }

  /** The entry number of `key` (entries are numbered 0, 1, 2… in the order keys were first added); a key
   * not yet in the set is added, and its number answered as `-(number + 1)`. */
  intern(key: string): number {
    const hash = hashString(key)
    const at = this.probe(key, hash)
    const entry = (this.slots[at * 2 + 1] ?? 0) - 1
    return entry >= 0 ? entry : -(this.insert(at, key, hash, 0) + 1)
  }

  /** Every key with its bits, in the order they were first added. */
  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let e = 0; e < this.entries; e++) yield [this.keyOf(e), this.bits[e] ?? 0]
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private probe(key: string, hash: number): number {
    const slots = this.slots
    let at = hash & this.mask
    for (;;) {
      const entry = (slots[at * 2 + 1] ?? 0) - 1
      if (entry < 0 || (slots[at * 2] === hash && this.keyIs(entry, key))) return at
      at = (at + 1) & this.mask
    }
  }

  /** Adds an entry for `key` at the empty slot `at` that probing found: its number. */
  private insert(at: number, key: string, hash: number, bits: number): number {
    // at most half full, so that probes stay short
    if ((this.entries + 1) * 2 > this.mask + 1) {
      this.grow()
      at = this.probe(key, hash)
    }
    const entry = this.entries++
    if (entry >= this.bits.length) {
      const grown = new Int32Array(this.bits.length * 2)
      grown.set(this.bits)
      this.bits = grown
    }
    this.bits[entry] = bits
    this.tail.push(key)
    if (this.tail.length === CHUNK) {
      const ends = new Int32Array(CHUNK)
      let at = 0
      for (let i = 0; i < CHUNK; i++) ends[i] = at += (this.tail[i] ?? '').length
      this.packed.push(this.tail.join(''))
      this.packedEnds.push(ends)
      this.tail = []
    }
    this.slots[at * 2] = hash
    this.slots[at * 2 + 1] = entry + 1
    return entry
  }

  private grow(): void {
    const old = this.slots
    const capacity = (this.mask + 1) * 2
    const mask = capacity - 1
    const slots = new Int32Array(capacity * 2)
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s + 1] ?? 0
      if (entry === 0) continue
      const hash = old[s] ?? 0
      let at = hash & mask
      while ((slots[at * 2 + 1] ?? 0) !== 0) at = (at + 1) & mask
      slots[at * 2] = hash
      slots[at * 2 + 1] = entry
    }
    this.slots = slots
    this.mask = mask
  }

  private keyIs(entry: number, key: string): boolean {
    const chunk = entry >>> CHUNK_BITS
    const i = entry & (CHUNK - 1)
    const packed = this.packed[chunk]
    if (packed === undefined) return this.tail[i] === key
    const ends = this.packedEnds[chunk] as Int32Array
    const from = i === 0 ? 0 : (ends[i - 1] ?? 0)
    return (ends[i] ?? 0) - from === key.length && packed.startsWith(key, from)
  }

  private keyOf(entry: number): string {
    const chunk = entry >>> CHUNK_BITS
    const i = entry & (CHUNK - 1)
    const packed = this.packed[chunk]
    if (packed === undefined) return this.tail[i] ?? ''
    const ends = this.packedEnds[chunk] as Int32Array
    return packed.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), ends[i] ?? 0)
  }
}
