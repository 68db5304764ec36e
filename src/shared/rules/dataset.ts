// What the rule checks read, built once per run from the packed segments: per platform, every account's
// rows of each kind, as flat typed columns (one array per field across all segments) grouped by account.
// Rules then walk each account's few rows instead of searching millions, and touch text only to explain.
import type { Report } from '../domain/report'
import { NO_DAY } from '../util/dates'
import type { Segment } from '../packing/columns'

/** Rows of one kind across segments, by column, with each account's rows listed together. */
export class Rows {
  /** segment start offsets into the flat columns, for turning a row back into `segmentId#index` */
  readonly starts: Int32Array
  /** per row: the account's index in the platform's account table */
  readonly account: Int32Array
  /** row indexes ordered by account; `byAccountStart[a]..byAccountStart[a+1]` are account a's rows */
  readonly byAccount: Int32Array
  readonly byAccountStart: Int32Array

  /** `accountOf(segment)` gives each of the segment's rows' account index; `accounts` is how many there are. */
  constructor(
    readonly segments: readonly Segment[],
    accountOf: (segment: Segment) => Int32Array,
    accounts: number,
  ) {
    const n = segments.reduce((sum, s) => sum + s.count, 0)
    this.starts = new Int32Array(segments.length + 1)
    this.account = new Int32Array(n)
    let at = 0
    segments.forEach((s, k) => {
      this.starts[k] = at
      this.account.set(accountOf(s), at)
      at += s.count
    })
    this.starts[segments.length] = at
    // counting sort by account: stable, linear
    this.byAccountStart = new Int32Array(accounts + 1)
    for (let r = 0; r < n; r++) {
      const next = (this.account[r] ?? 0) + 1
      this.byAccountStart[next] = (this.byAccountStart[next] ?? 0) + 1
    }
    for (let a = 0; a < accounts; a++) this.byAccountStart[a + 1] = (this.byAccountStart[a + 1] ?? 0) + (this.byAccountStart[a] ?? 0)
    const fill = this.byAccountStart.slice(0, accounts)
    this.byAccount = new Int32Array(n)
    for (let r = 0; r < n; r++) {
      const a = this.account[r] ?? 0
      this.byAccount[fill[a] ?? 0] = r
      fill[a] = (fill[a] ?? 0) + 1
    }
  }

  get length(): number {
    return this.account.length
  }

  /** The rows of account `a` (a view: allocation-free loops can use `first`/`last` with `byAccount`). */
  of(a: number): Int32Array {
    return this.byAccount.subarray(this.byAccountStart[a] ?? 0, this.byAccountStart[a + 1] ?? 0)
  }

  /** Index range of account `a`'s rows in `byAccount`. */
  first(a: number): number {
    return this.byAccountStart[a] ?? 0
  }

  last(a: number): number {
    return this.byAccountStart[a + 1] ?? 0
  }

  /** Concatenates one column across segments. */
  column<T extends Int8Array | Int32Array | Float64Array>(pick: (s: Segment) => T, make: (n: number) => T): T {
    const out = make(this.length)
    this.segments.forEach((s, k) => out.set(pick(s).subarray(0, s.count), this.starts[k] ?? 0))
    return out
  }

  /** Which segment and index a row is: a binary search over the segment starts. */
  locate(r: number): { segment: Segment; index: number } {
    let lo = 0
    let hi = this.segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= r) lo = mid
      else hi = mid - 1
    }
    const segment = this.segments[lo]
    if (!segment) throw new Error(`row ${r} out of range`)
    return { segment, index: r - (this.starts[lo] ?? 0) }
  }

  /** The evidence reference of a row: `segmentId#index`. */
  ref(r: number): string {
    const { segment, index } = this.locate(r)
    return `${segment.id}#${index}`
  }

  text(r: number, field: string): string {
    const { segment, index } = this.locate(r)
    return (segment.columns as unknown as Record<string, string[]>)[field]?.[index] ?? ''
  }
}

export interface DispositionColumns {
  violationType: Int8Array
  violationDay: Int32Array
  measure: Int8Array
  startDay: Int32Array
  /** NaN when unknown */
  days: Float64Array
  endDay: Int32Array
  permanent: Int8Array
  reportedToCac: Int8Array
}

export interface AccountColumns {
  holderType: Int8Array
  followers: Float64Array
  credential: Int8Array
  credentialExpiry: Int32Array
  entityChanged: Int32Array
  status: Int8Array
  registered: Int32Array
  snapshotDay: Int32Array
}

export interface EarningsColumns {
  action: Int8Array
  effectiveDay: Int32Array
  endDay: Int32Array
}

/** One platform's data, ready for the rules. */
export class PlatformData {
  readonly accountIds: string[] = []
  private readonly index = new Map<string, number>()
  readonly dispositions: Rows
  readonly snapshots: Rows
  readonly earnings: Rows
  readonly d: DispositionColumns
  readonly a: AccountColumns
  readonly e: EarningsColumns
  /** per account: its latest snapshot row, or -1 */
  readonly latest: Int32Array
  /** per account, from its latest snapshot ('' when none): read once, used by many rules */
  readonly holderKeys: string[]
  readonly mcns: string[]
  readonly fields: string[]
  private holderIndex: Map<string, number[]> | null = null
  /** the platform's committed reports */
  readonly reports: readonly Report[]

  constructor(
    readonly platformId: string,
    readonly platformName: string,
    reports: readonly Report[],
    segments: readonly Segment[],
  ) {
    this.reports = reports
    // rows in commit order (reports by import time, segments by seq), so "later" means later imported
    const order = new Map(reports.map((r) => [r.id, r.importedAt]))
    const sorted = [...segments].sort((x, y) => (order.get(x.reportId) ?? '').localeCompare(order.get(y.reportId) ?? '') || x.id.localeCompare(y.id))
    const ofKind = (kind: Segment['kind']) => sorted.filter((s) => s.kind === kind)
    const byKind = { accounts: ofKind('accounts'), dispositions: ofKind('dispositions'), earnings: ofKind('earnings') }
    // one pass gives every account its index (account reports first, so indexes follow them)
    const accountsOf = new Map<Segment, Int32Array>()
    for (const segment of [...byKind.accounts, ...byKind.dispositions, ...byKind.earnings]) {
      const ids = segment.columns.accountId
      const out = new Int32Array(segment.count)
      for (let i = 0; i < segment.count; i++) {
        const id = ids[i] ?? ''
        let a = this.index.get(id)
        if (a === undefined) {
          a = this.accountIds.length
          this.index.set(id, a)
          this.accountIds.push(id)
        }
        out[i] = a
      }
      accountsOf.set(segment, out)
    }
    const accountOf = (segment: Segment) => accountsOf.get(segment) ?? new Int32Array(0)
    this.snapshots = new Rows(byKind.accounts, accountOf, this.accountIds.length)
    this.dispositions = new Rows(byKind.dispositions, accountOf, this.accountIds.length)
    this.earnings = new Rows(byKind.earnings, accountOf, this.accountIds.length)

    const ds = this.dispositions
    type DS = Segment<'dispositions'>
    this.d = {
      violationType: ds.column((s) => (s as DS).columns.violationType, (n) => new Int8Array(n)),
      violationDay: ds.column((s) => (s as DS).columns.violationDate, (n) => new Int32Array(n)),
      measure: ds.column((s) => (s as DS).columns.measure, (n) => new Int8Array(n)),
      startDay: ds.column((s) => (s as DS).columns.measureStart, (n) => new Int32Array(n)),
      days: ds.column((s) => (s as DS).columns.measureDays, (n) => new Float64Array(n)),
      endDay: ds.column((s) => (s as DS).columns.measureEnd, (n) => new Int32Array(n)),
      permanent: ds.column((s) => (s as DS).columns.permanent, (n) => new Int8Array(n)),
      reportedToCac: ds.column((s) => (s as DS).columns.reportedToCac, (n) => new Int8Array(n)),
    }
    const as = this.snapshots
    type AS = Segment<'accounts'>
    this.a = {
      holderType: as.column((s) => (s as AS).columns.holderType, (n) => new Int8Array(n)),
      followers: as.column((s) => (s as AS).columns.followers, (n) => new Float64Array(n)),
      credential: as.column((s) => (s as AS).columns.credentialStatus, (n) => new Int8Array(n)),
      credentialExpiry: as.column((s) => (s as AS).columns.credentialExpiry, (n) => new Int32Array(n)),
      entityChanged: as.column((s) => (s as AS).columns.entityChangedOn, (n) => new Int32Array(n)),
      status: as.column((s) => (s as AS).columns.status, (n) => new Int8Array(n)),
      registered: as.column((s) => (s as AS).columns.registeredOn, (n) => new Int32Array(n)),
      snapshotDay: as.column((s) => (s as AS).columns.snapshotDate, (n) => new Int32Array(n)),
    }
    const es = this.earnings
    type ES = Segment<'earnings'>
    this.e = {
      action: es.column((s) => (s as ES).columns.action, (n) => new Int8Array(n)),
      effectiveDay: es.column((s) => (s as ES).columns.effectiveDate, (n) => new Int32Array(n)),
      endDay: es.column((s) => (s as ES).columns.endDate, (n) => new Int32Array(n)),
    }
    // latest snapshot per account: the latest snapshot date, ties to the later import
    const n = this.accountIds.length
    this.latest = new Int32Array(n).fill(-1)
    this.holderKeys = new Array<string>(n).fill('')
    this.mcns = new Array<string>(n).fill('')
    this.fields = new Array<string>(n).fill('')
    // rows are in commit order, so `>=` lets a later import of the same date win
    for (let r = 0; r < as.length; r++) {
      const a = as.account[r] ?? 0
      const best = this.latest[a] ?? -1
      if (best < 0 || (this.a.snapshotDay[r] ?? NO_DAY) >= (this.a.snapshotDay[best] ?? NO_DAY)) this.latest[a] = r
    }
    as.segments.forEach((segment, k) => {
      const from = as.starts[k] ?? 0
      const c = (segment as AS).columns
      for (let i = 0; i < segment.count; i++) {
        const r = from + i
        const a = as.account[r] ?? 0
        if (this.latest[a] !== r) continue
        this.holderKeys[a] = c.holderKey[i] ?? ''
        this.mcns[a] = c.mcn[i] ?? ''
        this.fields[a] = c.field[i] ?? ''
      }
    })
  }

  /** Accounts with a snapshot, grouped by holder key (computed once, shared by the rules that need it). */
  holders(): Map<string, number[]> {
    if (this.holderIndex) return this.holderIndex
    const holders = new Map<string, number[]>()
    for (let a = 0; a < this.accountCount; a++) {
      const key = this.holderKeys[a] ?? ''
      if (key === '' || (this.latest[a] ?? -1) < 0) continue
      const list = holders.get(key)
      if (list) list.push(a)
      else holders.set(key, [a])
    }
    this.holderIndex = holders
    return holders
  }

  get accountCount(): number {
    return this.accountIds.length
  }

  accountIndex(accountId: string): number | undefined {
    return this.index.get(accountId)
  }

  /** The holder key of an account, from its latest snapshot ('' when unknown). */
  holderKey(a: number): string {
    return this.holderKeys[a] ?? ''
  }

  mcn(a: number): string {
    return this.mcns[a] ?? ''
  }

  field(a: number): string {
    return this.fields[a] ?? ''
  }
}
