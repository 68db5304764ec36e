// The demo's seeded pseudo-random source: the same seed gives the same sequence on every machine, so the
// demo data (and every test that counts its planted cases) is reproducible. Not for anything secret.

export interface Rng {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [min, max], both inclusive */
  int(min: number, max: number): number
  /** true with probability p */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** picks by weight; weights need not sum to 1 */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** a new array in random order */
  shuffle<T>(items: readonly T[]): T[]
  /** an approximately normal value (sum of uniforms), mean 0, standard deviation 1 */
  normal(): number
  /** a value whose logarithm is normal: follower counts, which span several orders of magnitude */
  logNormal(median: number, spread: number): number
  /** a UUID-shaped id (version-4 layout) drawn from this sequence, so ids are reproducible too */
  uuid(): string
}

/** mulberry32: tiny, fast and well distributed enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }
  const normal = (): number => {
    let sum = 0
    for (let i = 0; i < 6; i++) sum += next()
    return (sum - 3) / Math.sqrt(0.5)
  }
  const hex = (n: number): string => {
    let out = ''
    for (let i = 0; i < n; i++) out += Math.floor(next() * 16).toString(16)
    return out
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((s, [, w]) => s + w, 0)
      let r = next() * total
      for (const [value, weight] of entries) {
        r -= weight
        if (r < 0) return value
      }
      const last = entries[entries.length - 1]
      if (!last) throw new Error('weighted pick from an empty list')
      return last[0]
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = out[i] as T
        out[i] = out[j] as T
        out[j] = tmp
      }
      return out
    },
    normal,
    logNormal: (median, spread) => Math.round(median * Math.exp(spread * normal())),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(int(0, 3))}${hex(3)}-${hex(12)}`,
  }
}
