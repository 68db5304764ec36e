// The account list's sort orders as permutations of the directory, computed once per load. Numeric orders
// pack (key, position) into one float and use the engine's native numeric sort, which is several times
// faster on a million entries than a sort with a comparator; ties keep the directory's order, so an order
// is stable across queries. Where the packed key would not be exact, a comparator sort takes over.
import { NO_DAY } from '../util/dates'
import type { AccountSort } from './filters'

export interface SortColumns {
  readonly size: number
  readonly accountId: readonly string[]
  readonly platform: Uint16Array
  readonly followers: Float64Array
  readonly dispositions: Int32Array
  readonly lastViolationDay: Int32Array
}

const EXACT = Number.MAX_SAFE_INTEGER

/** Orders positions 0…n-1 by a non-negative integer key, smallest first, ties by position. */
export function orderByKey(n: number, key: Float64Array): Int32Array {
  let max = 0
  for (let i = 0; i < n; i++) if ((key[i] as number) > max) max = key[i] as number
  const out = new Int32Array(n)
  if ((max + 1) * n <= EXACT) {
    const packed = new Float64Array(n)
    for (let i = 0; i < n; i++) packed[i] = (key[i] as number) * n + i
    packed.sort()
    for (let i = 0; i < n; i++) out[i] = (packed[i] as number) % n
    return out
  }
  for (let i = 0; i < n; i++) out[i] = i
  return out.sort((a, b) => (key[a] as number) - (key[b] as number) || a - b)
}

/** Days as a descending key: the latest day first, no day last. */
function dayKeys(days: Int32Array, n: number): { key: (i: number) => number; span: number } {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i < n; i++) {
    const d = days[i] as number
    if (d === NO_DAY) continue
    if (d < lo) lo = d
    if (d > hi) hi = d
  }
  const span = hi >= lo ? hi - lo + 1 : 0
  return { key: (i) => (days[i] === NO_DAY ? span : hi - (days[i] as number)), span: span + 1 }
}

function maxOf(values: Int32Array, n: number): number {
  let max = 0
  for (let i = 0; i < n; i++) if ((values[i] as number) > max) max = values[i] as number
  return max
}

export function sortOrder(c: SortColumns, sort: AccountSort): Int32Array {
  const n = c.size
  const key = new Float64Array(n)
  switch (sort) {
    case 'dispositions': {
      // most dispositions first; among equals, the latest violation first
      const top = maxOf(c.dispositions, n)
      const days = dayKeys(c.lastViolationDay, n)
      for (let i = 0; i < n; i++) key[i] = (top - (c.dispositions[i] as number)) * days.span + days.key(i)
      return orderByKey(n, key)
    }
    case 'lastViolation': {
      const top = maxOf(c.dispositions, n)
      const days = dayKeys(c.lastViolationDay, n)
      for (let i = 0; i < n; i++) key[i] = days.key(i) * (top + 1) + (top - (c.dispositions[i] as number))
      return orderByKey(n, key)
    }
    case 'followers': {
      let top = 0
      for (let i = 0; i < n; i++) if ((c.followers[i] as number) > top) top = c.followers[i] as number
      top = Math.ceil(top)
      // unknown followers last
      for (let i = 0; i < n; i++) {
        const f = c.followers[i] as number
        key[i] = Number.isNaN(f) ? top + 1 : top - Math.round(f)
      }
      return orderByKey(n, key)
    }
    case 'id': {
      const ids = c.accountId
      const out = new Int32Array(n)
      for (let i = 0; i < n; i++) out[i] = i
      return out.sort((a, b) => {
        const x = ids[a] as string
        const y = ids[b] as string
        return x < y ? -1 : x > y ? 1 : (c.platform[a] as number) - (c.platform[b] as number) || a - b
      })
    }
  }
}
