// The account directory: one entry per account of a platform, with its latest snapshot's fields, its
// disposition count and last violation, and the segments that mention it. It is what the account list
// filters and what the account page's timeline starts from, so neither ever scans all rows. It is kept by
// column, in chunks, and rebuilt for a platform from that platform's segments (at commit and rollback).
import type { ReportKind } from '../domain/records'
import { NO_DAY } from '../util/dates'
import { KeyBits } from '../util/key-bits'
import type { Segment } from './columns'

export interface DirectoryColumns {
  accountId: string[]
  accountName: string[]
  /** index into HOLDER_TYPES, -1 unknown */
  holderType: Int8Array
  holderKey: string[]
  mcn: string[]
  field: string[]
  /** index into ACCOUNT_STATUSES, -1 unknown */
  status: Int8Array
  /** NaN unknown */
  followers: Float64Array
  /** index into CREDENTIAL_STATUSES, -1 unknown */
  credential: Int8Array
  /** 1 yes, 0 no, -1 unknown */
  earnings: Int8Array
  /** day number of the latest snapshot, NO_DAY when only seen in dispositions or earnings changes */
  snapshotDay: Int32Array
  dispositions: Int32Array
  lastViolationDay: Int32Array
  /** the ids of the segments holding the account's rows, space-separated, in commit order */
  refs: string[]
}

/** The snapshot fields of rows, named as the directory names them (an accounts segment's are renamed). */
type SnapshotColumns = Pick<DirectoryColumns, 'snapshotDay' | 'accountName' | 'holderType' | 'holderKey' | 'mcn' | 'field' | 'status' | 'followers' | 'credential' | 'earnings'>

/** A chunk of a platform's directory, as stored. */
export interface DirectoryChunk {
  /** `${platformId}:${chunk}` */
  id: string
  platformId: string
  chunk: number
  count: number
  columns: DirectoryColumns
}

export const DIRECTORY_CHUNK = 50_000

/** The columns of each kind's segments that `add` reads: all a directory built elsewhere needs sent to it. */
export const DIRECTORY_SOURCES: Record<ReportKind, readonly string[]> = {
  accounts: ['accountId', 'accountName', 'snapshotDate', 'holderType', 'holderKey', 'mcn', 'field', 'status', 'followers', 'credentialStatus', 'earningsEnabled'],
  dispositions: ['accountId', 'accountName', 'violationDate'],
  earnings: ['accountId', 'accountName'],
}

/** Grows columns as accounts are added; `finish` trims them into chunks. */
export class DirectoryBuilder {
  /** account id → its place in the columns (a typed-array hash set: see KeyBits) */
  private readonly index = new KeyBits()
  /** which accounts the current batch of segments touched (see `beginBatch`) */
  private touchedIn = new Int32Array(1024)
  private batch = 1
  private touchedCount = 0
  private n = 0
  private cap = 1024
  private readonly c: DirectoryColumns = emptyColumns(1024)

  constructor(readonly platformId: string) {}

  /** Continues from a stored directory, so a commit adds only its own segments. */
  static from(platformId: string, chunks: readonly DirectoryChunk[]): DirectoryBuilder {
    const b = new DirectoryBuilder(platformId)
    for (const chunk of [...chunks].sort((x, y) => x.chunk - y.chunk)) {
      const s = chunk.columns
      for (let r = 0; r < chunk.count; r++) {
        const i = b.slot(s.accountId[r] ?? '')
        const c = b.c
        // a new slot has no snapshot: the stored one is taken whole
        b.snapshot(i, s, r)
        c.dispositions[i] = s.dispositions[r] ?? 0
        c.lastViolationDay[i] = s.lastViolationDay[r] ?? NO_DAY
        c.refs[i] = s.refs[r] ?? ''
      }
    }
    return b
  }

  get size(): number {
    return this.n
  }

  /** Starts counting the distinct accounts the next segments touch (a report's, at commit). */
  beginBatch(): void {
    this.batch++
    this.touchedCount = 0
  }

  /** Distinct accounts touched since `beginBatch`. */
  get touched(): number {
    return this.touchedCount
  }

  private touch(i: number): void {
    if (i >= this.touchedIn.length) {
      const bigger = new Int32Array(Math.max(this.cap, i + 1))
      bigger.set(this.touchedIn)
      this.touchedIn = bigger
    }
    if (this.touchedIn[i] !== this.batch) {
      this.touchedIn[i] = this.batch
      this.touchedCount++
    }
  }

  private slot(accountId: string): number {
    const at = this.index.intern(accountId)
    if (at >= 0) {
      this.touch(at)
      return at
    }
    if (this.n === this.cap) this.grow()
    const i = this.n++
    if (-at - 1 !== i) throw new Error('directory index out of step')
    this.c.accountId[i] = accountId
    this.c.accountName[i] = ''
    this.c.holderKey[i] = ''
    this.c.mcn[i] = ''
    this.c.field[i] = ''
    this.c.refs[i] = ''
    this.c.holderType[i] = -1
    this.c.status[i] = -1
    this.c.credential[i] = -1
    this.c.earnings[i] = -1
    this.c.followers[i] = NaN
    this.c.snapshotDay[i] = NO_DAY
    this.c.lastViolationDay[i] = NO_DAY
    this.touch(i)
    return i
  }

  /** Doubles the typed columns; the text columns are plain arrays and grow by themselves. */
  private grow(): void {
    this.cap *= 2
    const c = this.c
    const bigger = <T extends Int8Array | Int32Array | Float64Array>(from: T, make: (n: number) => T): T => {
      const to = make(this.cap)
      to.set(from)
      return to
    }
    const int8 = (n: number) => new Int8Array(n)
    const int32 = (n: number) => new Int32Array(n)
    // replace the arrays on the same object: add() holds that object across slot() calls
    c.holderType = bigger(c.holderType, int8)
    c.status = bigger(c.status, int8)
    c.credential = bigger(c.credential, int8)
    c.earnings = bigger(c.earnings, int8)
    c.followers = bigger(c.followers, (n) => new Float64Array(n))
    c.snapshotDay = bigger(c.snapshotDay, int32)
    c.dispositions = bigger(c.dispositions, int32)
    c.lastViolationDay = bigger(c.lastViolationDay, int32)
  }

  /** per account, the number of the last segment added to its refs (-1: none yet in this build) */
  private lastSegment = new Int32Array(1024).fill(-1)
  private segments = 0

  /** Notes that account `i` has rows in the segment being added; an integer compare per row, a string
   * append only once per account and segment. */
  private ref(i: number, segmentId: string, segmentNo: number): void {
    if (i >= this.lastSegment.length) {
      const bigger = new Int32Array(Math.max(this.cap, i + 1)).fill(-1)
      bigger.set(this.lastSegment)
      this.lastSegment = bigger
    }
    if (this.lastSegment[i] === segmentNo) return
    this.lastSegment[i] = segmentNo
    const refs = this.c.refs[i] ?? ''
    this.c.refs[i] = refs === '' ? segmentId : `${refs} ${segmentId}`
  }

  /** Takes row `r` of `s` as account `i`'s snapshot unless the one it has is later (a tie goes to `s`). */
  private snapshot(i: number, s: SnapshotColumns, r: number): void {
    const c = this.c
    const day = s.snapshotDay[r] ?? NO_DAY
    if (day < (c.snapshotDay[i] ?? NO_DAY)) return
    c.snapshotDay[i] = day
    c.accountName[i] = s.accountName[r] || (c.accountName[i] ?? '')
    c.holderType[i] = s.holderType[r] ?? -1
    c.holderKey[i] = s.holderKey[r] ?? ''
    c.mcn[i] = s.mcn[r] ?? ''
    c.field[i] = s.field[r] ?? ''
    c.status[i] = s.status[r] ?? -1
    c.followers[i] = s.followers[r] ?? NaN
    c.credential[i] = s.credential[r] ?? -1
    c.earnings[i] = s.earnings[r] ?? -1
  }

  /** Adds a segment's rows; segments must come in commit order (later snapshots win ties). */
  add(segment: Segment): void {
    const c = this.c
    const segmentNo = this.segments++
    if (segment.kind === 'accounts') {
      const s = (segment as Segment<'accounts'>).columns
      const snapshots: SnapshotColumns = { ...s, snapshotDay: s.snapshotDate, credential: s.credentialStatus, earnings: s.earningsEnabled }
      for (let r = 0; r < segment.count; r++) {
        const i = this.slot(s.accountId[r] ?? '')
        this.ref(i, segment.id, segmentNo)
        this.snapshot(i, snapshots, r)
      }
    } else if (segment.kind === 'dispositions') {
      const s = (segment as Segment<'dispositions'>).columns
      for (let r = 0; r < segment.count; r++) {
        const i = this.slot(s.accountId[r] ?? '')
        this.ref(i, segment.id, segmentNo)
        c.dispositions[i] = (c.dispositions[i] ?? 0) + 1
        const day = s.violationDate[r] ?? NO_DAY
        if (day > (c.lastViolationDay[i] ?? NO_DAY)) c.lastViolationDay[i] = day
        if (!c.accountName[i]) c.accountName[i] = s.accountName[r] ?? ''
      }
    } else {
      const s = (segment as Segment<'earnings'>).columns
      for (let r = 0; r < segment.count; r++) {
        const i = this.slot(s.accountId[r] ?? '')
        this.ref(i, segment.id, segmentNo)
        if (!c.accountName[i]) c.accountName[i] = s.accountName[r] ?? ''
      }
    }
  }

  /** Adds the directory of one later report built on its own (while the report was read, elsewhere):
   * the same result as adding that report's segments here, but account by account instead of row by row. */
  merge(kind: ReportKind, chunks: readonly DirectoryChunk[]): void {
    for (const chunk of chunks) {
      const s = chunk.columns
      for (let r = 0; r < chunk.count; r++) {
        const i = this.slot(s.accountId[r] ?? '')
        const c = this.c
        const refs = s.refs[r] ?? ''
        if (refs !== '') c.refs[i] = c.refs[i] ? `${c.refs[i]} ${refs}` : refs
        c.dispositions[i] = (c.dispositions[i] ?? 0) + (s.dispositions[r] ?? 0)
        const violated = s.lastViolationDay[r] ?? NO_DAY
        if (violated > (c.lastViolationDay[i] ?? NO_DAY)) c.lastViolationDay[i] = violated
        if (kind !== 'accounts') {
          if (!c.accountName[i]) c.accountName[i] = s.accountName[r] ?? ''
          continue
        }
        // the later report's latest snapshot wins ties, as its rows would have one by one
        this.snapshot(i, s, r)
      }
    }
  }

  /** The directory in stored chunks. */
  finish(chunkSize = DIRECTORY_CHUNK): DirectoryChunk[] {
    const out: DirectoryChunk[] = []
    for (let start = 0, chunk = 0; start < this.n; start += chunkSize, chunk++) {
      const end = Math.min(this.n, start + chunkSize)
      out.push({ id: `${this.platformId}:${chunk}`, platformId: this.platformId, chunk, count: end - start, columns: sliceColumns(this.c, start, end) })
    }
    return out
  }
}

function emptyColumns(n: number): DirectoryColumns {
  return {
    accountId: [],
    accountName: [],
    holderType: new Int8Array(n),
    holderKey: [],
    mcn: [],
    field: [],
    status: new Int8Array(n),
    followers: new Float64Array(n),
    credential: new Int8Array(n),
    earnings: new Int8Array(n),
    snapshotDay: new Int32Array(n),
    dispositions: new Int32Array(n),
    lastViolationDay: new Int32Array(n),
    refs: [],
  }
}

function sliceColumns(c: DirectoryColumns, start: number, end: number): DirectoryColumns {
  return {
    accountId: c.accountId.slice(start, end),
    accountName: c.accountName.slice(start, end),
    holderType: c.holderType.slice(start, end),
    holderKey: c.holderKey.slice(start, end),
    mcn: c.mcn.slice(start, end),
    field: c.field.slice(start, end),
    status: c.status.slice(start, end),
    followers: c.followers.slice(start, end),
    credential: c.credential.slice(start, end),
    earnings: c.earnings.slice(start, end),
    snapshotDay: c.snapshotDay.slice(start, end),
    dispositions: c.dispositions.slice(start, end),
    lastViolationDay: c.lastViolationDay.slice(start, end),
    refs: c.refs.slice(start, end),
  }
}
