// The account index: filters, search and sorts checked on a small directory built the way the store builds
// it, then at a million generated entries (correctness asserted; timings reported as annotations only).
import { describe, expect, it } from 'vitest'
import type { AccountSnapshot, Disposition } from '../domain/records'
import { packSegments } from '../packing/columns'
import { DirectoryBuilder, DIRECTORY_CHUNK, type DirectoryChunk } from '../packing/directory'
import { NO_DAY, dayNumber } from '../util/dates'
import { AccountIndex } from './account-index'
import { DirectoryService, memorySource } from './directory-service'
import { NO_FILTERS, type AccountFilters } from './filters'

const snap = (platformId: string, accountId: string, o: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  platformId, accountId, accountName: `名-${accountId}`, holderType: 'person', holderKey: `h-${accountId}`, mcn: '', followers: 100,
  field: '其他', credentialStatus: null, credentialExpiry: null, earningsEnabled: false, entityChangedOn: null, status: 'normal',
  registeredOn: null, snapshotDate: '2026-09-30', ...o,
})
const disp = (platformId: string, accountId: string, violationDate: string): Disposition => ({
  platformId, dispositionId: `${accountId}-${violationDate}`, accountId, accountName: '', violationType: 'rumour', violationDate,
  measure: 'warning', measureStart: null, measureDays: null, measureEnd: null, permanent: false, followersRemoved: null,
  reportedToCac: null, summary: '', contentUrl: '',
})

function directory(platformId: string, snaps: AccountSnapshot[], disps: Disposition[]): DirectoryChunk[] {
  const b = new DirectoryBuilder(platformId)
  for (const s of packSegments('accounts', `${platformId}-a`, platformId, snaps, snaps.map((_, i) => i + 2))) b.add(s)
  for (const s of packSegments('dispositions', `${platformId}-d`, platformId, disps, disps.map((_, i) => i + 2))) b.add(s)
  return b.finish()
}

const small = new AccountIndex([
  ...directory('p2', [snap('p2', 'Zeta', { accountName: 'Alpha Finance', followers: 5000, mcn: '星河', field: '金融', holderKey: 'H1' })], [disp('p2', 'Zeta', '2026-07-01')]),
  ...directory(
    'p1',
    [
      snap('p1', 'a1', { followers: 10, status: 'silenced', holderKey: 'H1', mcn: '星河' }),
      snap('p1', 'a2', { accountName: '财经ALPHA', followers: null, holderType: 'enterprise', field: '金融' }),
      snap('p1', 'a3', { followers: 900, mcn: '远山' }),
    ],
    [disp('p1', 'a1', '2026-07-05'), disp('p1', 'a1', '2026-08-01'), disp('p1', 'a3', '2026-09-01'), disp('p1', 'x9', '2026-08-20')],
  ),
])

const ids = (filters: Partial<AccountFilters>, sort: Parameters<AccountIndex['query']>[1] = 'id') =>
  [...small.query({ ...NO_FILTERS, ...filters }, sort)].map((i) => `${small.platformIdOf(i)}/${small.accountId[i] ?? ''}`)

describe('account index: filters, search and sorts', () => {
  it('filters by platform, status, field, MCN, holder, holder type and dispositions', () => {
    expect(ids({})).toEqual(['p2/Zeta', 'p1/a1', 'p1/a2', 'p1/a3', 'p1/x9'])
    expect(ids({ platformId: 'p1' })).toEqual(['p1/a1', 'p1/a2', 'p1/a3', 'p1/x9'])
    expect(ids({ platformId: 'nowhere' })).toEqual([])
    expect(ids({ status: 'silenced' })).toEqual(['p1/a1'])
    expect(ids({ status: 'unreported' })).toEqual(['p1/x9'])
    expect(ids({ field: '金融' })).toEqual(['p2/Zeta', 'p1/a2'])
    expect(ids({ mcn: '星河' })).toEqual(['p2/Zeta', 'p1/a1'])
    expect(ids({ mcn: '不存在' })).toEqual([])
    expect(ids({ holderKey: 'H1' })).toEqual(['p2/Zeta', 'p1/a1'])
    expect(ids({ holderType: 'enterprise' })).toEqual(['p1/a2'])
    expect(ids({ hasDispositions: true })).toEqual(['p2/Zeta', 'p1/a1', 'p1/a3', 'p1/x9'])
    expect(ids({ hasDispositions: false })).toEqual(['p1/a2'])
    expect(ids({ platformId: 'p1', mcn: '星河', status: 'normal' })).toEqual([])
  })

  it('searches ids and names as substrings, ignoring case and surrounding space', () => {
    expect(ids({ search: ' alpha ' })).toEqual(['p2/Zeta', 'p1/a2'])
    expect(ids({ search: 'ZET' })).toEqual(['p2/Zeta'])
    expect(ids({ search: '财经' })).toEqual(['p1/a2'])
    expect(ids({ search: 'A' })).toEqual(['p2/Zeta', 'p1/a1', 'p1/a2', 'p1/a3'])
    expect(ids({ search: 'nothing' })).toEqual([])
  })

  it('sorts by dispositions, last violation, followers and id, ties in a stable order', () => {
    expect(ids({}, 'dispositions')).toEqual(['p1/a1', 'p1/a3', 'p1/x9', 'p2/Zeta', 'p1/a2'])
    expect(ids({}, 'lastViolation')).toEqual(['p1/a3', 'p1/x9', 'p1/a1', 'p2/Zeta', 'p1/a2'])
    // unknown followers (a2 had none, x9 has no snapshot) last, in directory order (by platform)
    expect(ids({}, 'followers')).toEqual(['p2/Zeta', 'p1/a3', 'p1/a1', 'p1/a2', 'p1/x9'])
    expect(ids({}, 'id')).toEqual(['p2/Zeta', 'p1/a1', 'p1/a2', 'p1/a3', 'p1/x9'])
  })

  it('gives plain rows with codes, dates and unknowns, entries with refs, and facets', () => {
    const i = small.find('p1', 'a1')
    expect(small.row(i)).toEqual({
      platformId: 'p1', accountId: 'a1', accountName: '名-a1', holderType: 'person', holderKey: 'H1', mcn: '星河', field: '其他', followers: 10,
      credential: null, earnings: false, status: 'silenced', snapshotDate: '2026-09-30', dispositions: 2, lastViolation: '2026-08-01',
    })
    expect(small.entry(i).refs).toEqual(['p1-a:000000', 'p1-d:000000'])
    const x9 = small.row(small.find('p1', 'x9'))
    expect([x9.snapshotDate, x9.holderType, x9.followers, x9.status, x9.earnings]).toEqual([null, null, null, null, null])
    expect(small.find('p1', 'Zeta')).toBe(-1)
    expect(small.holderAccounts('H1').map((r) => r.accountId)).toEqual(['a1', 'Zeta'])
    expect(small.facets()).toEqual({
      platforms: [{ value: 'p1', count: 4 }, { value: 'p2', count: 1 }],
      fields: [{ value: '其他', count: 2 }, { value: '金融', count: 2 }],
      mcns: [{ value: '星河', count: 2 }, { value: '远山', count: 1 }],
    })
  })

  it('serves a query\'s rows by range, and none once a newer query replaced it', async () => {
    const service = new DirectoryService()
    const progress: number[] = []
    const loaded = await service.load(memorySource(directory('p', [snap('p', 'a'), snap('p', 'b'), snap('p', 'c')], [])), (done) => progress.push(done))
    expect([loaded.total, loaded.chunks, progress]).toEqual([3, 1, [0, 1]])
    const first = service.query(NO_FILTERS, 'id')
    expect(service.rows(first.query, 1, 10)?.map((r) => r.accountId)).toEqual(['b', 'c'])
    const second = service.query({ ...NO_FILTERS, search: 'c' }, 'id')
    expect(second.total).toBe(1)
    expect(service.rows(first.query, 0, 10)).toBeNull()
    expect(service.account('p', 'c')?.refs).toEqual(['p-a:000000'])
  })
})

/** A directory of n accounts over several platforms, generated by column as the store holds it. */
function generated(n: number, platforms = 10): DirectoryChunk[] {
  const chunks: DirectoryChunk[] = []
  const perPlatform = Math.ceil(n / platforms)
  const base = dayNumber('2026-01-01')
  let made = 0
  for (let p = 0; made < n; p++) {
    for (let chunk = 0, start = 0; start < perPlatform && made < n; chunk++, start += DIRECTORY_CHUNK) {
      const count = Math.min(DIRECTORY_CHUNK, perPlatform - start, n - made)
      const g = (k: number) => made + k
      chunks.push({
        id: `p${p}:${chunk}`, platformId: `p${p}`, chunk, count,
        columns: {
          accountId: Array.from({ length: count }, (_, k) => `U${String(g(k)).padStart(7, '0')}`),
          accountName: Array.from({ length: count }, (_, k) => `账号${g(k) % 9973}号 Crew${g(k) % 101}`),
          holderType: Int8Array.from({ length: count }, (_, k) => (g(k) % 7 === 0 ? 1 : 0)),
          holderKey: Array.from({ length: count }, (_, k) => `H${g(k) % 800_000}`),
          mcn: Array.from({ length: count }, (_, k) => (g(k) % 5 === 0 ? `MCN${g(k) % 300}` : '')),
          field: Array.from({ length: count }, (_, k) => ['金融', '教育', '生活', '其他'][g(k) % 4] ?? ''),
          status: Int8Array.from({ length: count }, (_, k) => (g(k) % 50 === 0 ? 1 : 0)),
          followers: Float64Array.from({ length: count }, (_, k) => (g(k) * 7919) % 1_000_003),
          credential: Int8Array.from({ length: count }, (_, k) => (g(k) % 3) - 1),
          earnings: Int8Array.from({ length: count }, (_, k) => g(k) % 2),
          snapshotDay: Int32Array.from({ length: count }, (_, k) => (g(k) % 97 === 0 ? NO_DAY : base + 272)),
          dispositions: Int32Array.from({ length: count }, (_, k) => (g(k) % 11 === 0 ? g(k) % 6 : 0)),
          lastViolationDay: Int32Array.from({ length: count }, (_, k) => (g(k) % 11 === 0 ? base + (g(k) % 270) : NO_DAY)),
          refs: Array.from({ length: count }, (_, k) => `r${p}a:${String(Math.floor(g(k) / 5000)).padStart(6, '0')}`),
        },
      })
      made += count
    }
  }
  return chunks
}

describe('account index at a million accounts', () => {
  it('filters, searches and sorts a million entries correctly (timings are reported, not asserted)', async ({ annotate }) => {
    const N = 1_000_000
    const chunks = generated(N)
    const time = <T>(f: () => T): [T, number] => {
      const t0 = performance.now()
      const v = f()
      return [v, Math.round(performance.now() - t0)]
    }
    const [index, buildMs] = time(() => new AccountIndex(chunks))
    expect(index.size).toBe(N)
    // each sort order is computed once per load; the queries below then only filter
    const sortMs = Object.fromEntries((['dispositions', 'lastViolation', 'followers', 'id'] as const).map((sort) => [sort, time(() => index.order(sort))[1]]))
    const [all, allMs] = time(() => index.query(NO_FILTERS, 'dispositions'))
    expect(all.length).toBe(N)
    // most dispositions first: 5 is the most generated
    expect(index.dispositions[all[0] as number]).toBe(5)
    for (let k = 1; k < all.length; k += 997) expect(index.dispositions[all[k] as number]! <= index.dispositions[all[k - 1] as number]!).toBe(true)

    const [silenced, statusMs] = time(() => index.query({ ...NO_FILTERS, status: 'silenced', platformId: 'p3' }, 'dispositions'))
    expect(silenced.length).toBe(2000) // every 50th of p3's 100,000
    const [found, searchMs] = time(() => index.query({ ...NO_FILTERS, search: 'crew7' }, 'dispositions'))
    // names carry `Crew${i % 101}`: "crew7" matches Crew7 and Crew70…79
    let expected = 0
    for (let i = 0; i < N; i++) if (i % 101 === 7 || (i % 101 >= 70 && i % 101 <= 79)) expected++
    expect(found.length).toBe(expected)
    const [byId, idSearchMs] = time(() => index.query({ ...NO_FILTERS, search: 'u000042' }, 'id'))
    expect([...byId].map((i) => index.accountId[i])).toEqual(Array.from({ length: 10 }, (_, k) => `U000042${k}`))
    const [, followersSortMs] = time(() => index.query({ ...NO_FILTERS, hasDispositions: true }, 'followers'))
    const [holder, holderMs] = time(() => index.query({ ...NO_FILTERS, holderKey: 'H42' }, 'id'))
    expect([...holder].map((i) => index.accountId[i])).toEqual(['U0000042', 'U0800042'])
    await annotate(
      `1M: build ${buildMs} ms; sort orders (once per load) ${JSON.stringify(sortMs)}; queries: all ${allMs} ms, status+platform ${statusMs} ms, ` +
        `name search ${searchMs} ms, id search ${idSearchMs} ms, has dispositions by followers ${followersSortMs} ms, holder ${holderMs} ms`,
    )
  }, 120_000)
})
