// The account directory of every platform in memory, by column, for the account list: built once per load
// from the stored chunks, then filtered, sorted and searched without touching the store. At a million
// accounts a query must stay well under 200 ms, so everything a query tests is a typed array or a string
// prepared at load (lower-cased ids and names, MCNs and fields as dictionary codes), and each sort order is
// a permutation computed once and reused, which makes a query one pass over that permutation and no sort.
import { ACCOUNT_STATUSES, CREDENTIAL_STATUSES, HOLDER_TYPES } from '../domain/records'
import type { DirectoryChunk } from '../packing/directory'
import { NO_DAY, isoFromDay } from '../util/dates'
import type { AccountEntry, AccountFilters, AccountRow, AccountSort, FacetCount, Facets } from './filters'
import { searchKey } from './filters'
import { sortOrder } from './sort-order'

/** Interns repeated text (MCNs, fields, platform ids) as small integer codes. */
class Dictionary {
  readonly values: string[] = []
  private readonly codes = new Map<string, number>()

  code(value: string): number {
    let c = this.codes.get(value)
    if (c === undefined) {
      c = this.values.length
      this.values.push(value)
      this.codes.set(value, c)
    }
    return c
  }

  find(value: string): number {
    return this.codes.get(value) ?? -1
  }
}

/** Reuses the original string when lower-casing changes nothing (ids and Chinese names mostly), so that the
 * search columns cost no memory for them. */
function lower(s: string): string {
  const l = s.toLowerCase()
  return l === s ? s : l
}

export class AccountIndex {
  readonly size: number
  private readonly platforms = new Dictionary()
  private readonly mcns = new Dictionary()
  private readonly fields = new Dictionary()
  readonly platform: Uint16Array
  readonly accountId: string[]
  readonly accountName: string[]
  private readonly idLower: string[]
  private readonly nameLower: string[]
  readonly holderType: Int8Array
  readonly holderKey: string[]
  readonly mcn: Int32Array
  readonly field: Int32Array
  readonly status: Int8Array
  readonly followers: Float64Array
  readonly credential: Int8Array
  readonly earnings: Int8Array
  readonly snapshotDay: Int32Array
  readonly dispositions: Int32Array
  readonly lastViolationDay: Int32Array
  private readonly refs: string[]
  private readonly orders = new Map<AccountSort, Int32Array>()
  /** each platform code's first entry and the entry after its last */
  private readonly ranges: [number, number][] = []

  /** Chunks in any order: entries are laid out by platform, then by chunk, as each platform's directory is. */
  constructor(chunks: readonly DirectoryChunk[]) {
    const sorted = [...chunks].sort((a, b) => (a.platformId < b.platformId ? -1 : a.platformId > b.platformId ? 1 : a.chunk - b.chunk))
    const n = sorted.reduce((sum, c) => sum + c.count, 0)
    this.size = n
    this.platform = new Uint16Array(n)
    this.accountId = new Array<string>(n)
    this.accountName = new Array<string>(n)
    this.idLower = new Array<string>(n)
    this.nameLower = new Array<string>(n)
    this.holderType = new Int8Array(n)
    this.holderKey = new Array<string>(n)
    this.mcn = new Int32Array(n)
    this.field = new Int32Array(n)
    this.status = new Int8Array(n)
    this.followers = new Float64Array(n)
    this.credential = new Int8Array(n)
    this.earnings = new Int8Array(n)
    this.snapshotDay = new Int32Array(n)
    this.dispositions = new Int32Array(n)
    this.lastViolationDay = new Int32Array(n)
    this.refs = new Array<string>(n)
    let i = 0
    for (const chunk of sorted) {
      const c = chunk.columns
      const p = this.platforms.code(chunk.platformId)
      const range = (this.ranges[p] ??= [i, i])
      range[1] = i + chunk.count
      for (let r = 0; r < chunk.count; r++, i++) {
        const id = c.accountId[r] ?? ''
        const name = c.accountName[r] ?? ''
        this.platform[i] = p
        this.accountId[i] = id
        this.accountName[i] = name
        this.idLower[i] = lower(id)
        this.nameLower[i] = lower(name)
        this.holderKey[i] = c.holderKey[r] ?? ''
        this.mcn[i] = this.mcns.code(c.mcn[r] ?? '')
        this.field[i] = this.fields.code(c.field[r] ?? '')
        this.refs[i] = c.refs[r] ?? ''
      }
      // the typed columns copy in one call each
      const at = i - chunk.count
      this.holderType.set(c.holderType.subarray(0, chunk.count), at)
      this.status.set(c.status.subarray(0, chunk.count), at)
      this.followers.set(c.followers.subarray(0, chunk.count), at)
      this.credential.set(c.credential.subarray(0, chunk.count), at)
      this.earnings.set(c.earnings.subarray(0, chunk.count), at)
      this.snapshotDay.set(c.snapshotDay.subarray(0, chunk.count), at)
      this.dispositions.set(c.dispositions.subarray(0, chunk.count), at)
      this.lastViolationDay.set(c.lastViolationDay.subarray(0, chunk.count), at)
    }
  }

  /** The entries that pass the filters, in the sort's order, as indexes into the columns. */
  query(filters: AccountFilters, sort: AccountSort): Int32Array {
    const order = this.order(sort)
    const out = new Int32Array(this.size)
    const code = (d: Dictionary, v: string | null) => (v === null ? -1 : d.find(v))
    // a filter naming a value the directory does not hold matches nothing
    if ((filters.platformId !== null && code(this.platforms, filters.platformId) < 0) || (filters.mcn !== null && code(this.mcns, filters.mcn) < 0) || (filters.field !== null && code(this.fields, filters.field) < 0)) return out.subarray(0, 0)
    const platform = code(this.platforms, filters.platformId)
    const mcn = code(this.mcns, filters.mcn)
    const field = code(this.fields, filters.field)
    const wanted = filters.status
    const unreported = wanted === 'unreported'
    const status = wanted === null || wanted === 'unreported' ? -2 : ACCOUNT_STATUSES.indexOf(wanted)
    const holderType = filters.holderType === null ? -2 : HOLDER_TYPES.indexOf(filters.holderType)
    const holderKey = filters.holderKey
    const disposed = filters.hasDispositions
    const q = searchKey(filters.search)
    const { idLower, nameLower } = this
    let m = 0
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number
      if (platform >= 0 && this.platform[i] !== platform) continue
      if (status !== -2 && this.status[i] !== status) continue
      if (unreported && this.snapshotDay[i] !== NO_DAY) continue
      if (holderType !== -2 && this.holderType[i] !== holderType) continue
      if (field >= 0 && this.field[i] !== field) continue
      if (mcn >= 0 && this.mcn[i] !== mcn) continue
      if (disposed !== null && (this.dispositions[i] as number) > 0 !== disposed) continue
      if (holderKey !== null && this.holderKey[i] !== holderKey) continue
      if (q !== '' && !(idLower[i] as string).includes(q) && !(nameLower[i] as string).includes(q)) continue
      out[m++] = i
    }
    return out.subarray(0, m)
  }

  /** A sort's permutation of all entries, computed on first use and kept for this load. */
  order(sort: AccountSort): Int32Array {
    let order = this.orders.get(sort)
    if (!order) {
      order = sortOrder(this, sort)
      this.orders.set(sort, order)
    }
    return order
  }

  platformIdOf(i: number): string {
    return this.platforms.values[this.platform[i] ?? 0] ?? ''
  }

  row(i: number): AccountRow {
    const day = (d: number) => (d === NO_DAY ? null : isoFromDay(d))
    const followers = this.followers[i] ?? NaN
    const earnings = this.earnings[i] ?? -1
    return {
      platformId: this.platformIdOf(i),
      accountId: this.accountId[i] ?? '',
      accountName: this.accountName[i] ?? '',
      holderType: HOLDER_TYPES[this.holderType[i] ?? -1] ?? null,
      holderKey: this.holderKey[i] ?? '',
      mcn: this.mcns.values[this.mcn[i] ?? 0] ?? '',
      field: this.fields.values[this.field[i] ?? 0] ?? '',
      followers: Number.isNaN(followers) ? null : followers,
      credential: CREDENTIAL_STATUSES[this.credential[i] ?? -1] ?? null,
      earnings: earnings < 0 ? null : earnings === 1,
      status: ACCOUNT_STATUSES[this.status[i] ?? -1] ?? null,
      snapshotDate: day(this.snapshotDay[i] ?? NO_DAY),
      dispositions: this.dispositions[i] ?? 0,
      lastViolation: day(this.lastViolationDay[i] ?? NO_DAY),
    }
  }

  /** The position of one account, or -1. A platform's entries are contiguous, so only its range is scanned. */
  find(platformId: string, accountId: string): number {
    const [start, end] = this.ranges[this.platforms.find(platformId)] ?? [0, 0]
    for (let i = start; i < end; i++) if (this.accountId[i] === accountId) return i
    return -1
  }

  entry(i: number): AccountEntry {
    const refs = this.refs[i] ?? ''
    return { ...this.row(i), refs: refs === '' ? [] : refs.split(' ') }
  }

  /** Every account of a holder, on any platform (the holder key is a hash or a credit code: the same on all). */
  holderAccounts(holderKey: string, limit = 500): AccountRow[] {
    const out: AccountRow[] = []
    if (holderKey === '') return out
    for (let i = 0; i < this.size && out.length < limit; i++) if (this.holderKey[i] === holderKey) out.push(this.row(i))
    return out
  }

  facets(): Facets {
    const count = (codes: Uint16Array | Int32Array, values: readonly string[]): FacetCount[] => {
      const counts = new Int32Array(values.length)
      for (let i = 0; i < codes.length; i++) {
        const c = codes[i] as number
        counts[c] = (counts[c] ?? 0) + 1
      }
      return values.map((value, c) => ({ value, count: counts[c] ?? 0 })).filter((f) => f.value !== '')
    }
    const byName = (a: FacetCount, b: FacetCount) => a.value.localeCompare(b.value, 'zh-CN')
    return {
      platforms: count(this.platform, this.platforms.values),
      fields: count(this.field, this.fields.values).sort((a, b) => b.count - a.count),
      mcns: count(this.mcn, this.mcns.values).sort(byName),
    }
  }
}
