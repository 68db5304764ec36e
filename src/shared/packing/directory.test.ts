import { describe, expect, it } from 'vitest'
import type { AccountSnapshot, Disposition } from '../domain/records'
import { dayNumber, NO_DAY } from '../util/dates'
import type { ReportKind } from '../domain/records'
import { packSegments, type Segment } from './columns'
import { DirectoryBuilder } from './directory'

const snapshot = (accountId: string, snapshotDate: string, followers: number): AccountSnapshot => ({
  platformId: 'p', accountId, accountName: `名${accountId}`, holderType: 'person', holderKey: `h-${accountId}`, mcn: '', followers,
  field: '金融', credentialStatus: 'verified', credentialExpiry: null, earningsEnabled: true, entityChangedOn: null,
  status: 'normal', registeredOn: null, snapshotDate,
})
const disposition = (accountId: string, violationDate: string): Disposition => ({
  platformId: 'p', dispositionId: `${accountId}-${violationDate}`, accountId, accountName: `处置名${accountId}`, violationType: 'rumour',
  violationDate, measure: 'warning', measureStart: null, measureDays: null, measureEnd: null, permanent: false,
  followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
})

describe('account directory', () => {
  it('keeps the latest snapshot, counts dispositions and remembers which segments mention each account', () => {
    const b = new DirectoryBuilder('p')
    const [sep] = packSegments('accounts', 'r1', 'p', [snapshot('a', '2026-09-30', 900), snapshot('b', '2026-09-30', 5)], [2, 3])
    const [aug] = packSegments('accounts', 'r2', 'p', [snapshot('a', '2026-08-31', 100)], [2])
    const [dis] = packSegments('dispositions', 'r3', 'p', [disposition('a', '2026-07-01'), disposition('a', '2026-08-15'), disposition('c', '2026-07-09')], [2, 3, 4])
    for (const s of [sep!, aug!, dis!]) b.add(s)
    const [chunk] = b.finish()
    const c = chunk!.columns
    const at = (id: string) => c.accountId.indexOf(id)
    expect(chunk!.count).toBe(3)
    expect(c.followers[at('a')]).toBe(900) // the older August snapshot, imported later, does not win
    expect(c.snapshotDay[at('a')]).toBe(dayNumber('2026-09-30'))
    expect(c.dispositions[at('a')]).toBe(2)
    expect(c.lastViolationDay[at('a')]).toBe(dayNumber('2026-08-15'))
    expect(c.refs[at('a')]).toBe('r1:000000 r2:000000 r3:000000')
    expect(c.accountName[at('c')]).toBe('处置名c')
    expect(c.snapshotDay[at('c')]).toBe(NO_DAY)
    expect(c.holderType[at('c')]).toBe(-1)
  })

  it('grows past its first allocation and splits into chunks', () => {
    const b = new DirectoryBuilder('p')
    const rows = Array.from({ length: 3000 }, (_, i) => disposition(`u${i}`, '2026-07-01'))
    for (const s of packSegments('dispositions', 'r', 'p', rows, rows.map((_, i) => i + 2))) b.add(s)
    const chunks = b.finish(1000)
    expect(chunks.map((c) => c.count)).toEqual([1000, 1000, 1000])
    expect(chunks[2]!.columns.accountId[999]).toBe('u2999')
    expect(chunks[2]!.columns.dispositions[999]).toBe(1)
    expect(chunks.map((c) => c.id)).toEqual(['p:0', 'p:1', 'p:2'])
  })
  it('continues from stored chunks exactly as if built in one go', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => disposition(`u${i % 1700}`, `2026-07-${String((i % 28) + 1).padStart(2, '0')}`))
    const segments = packSegments('dispositions', 'r', 'p', rows, rows.map((_, i) => i + 2), 0, 500)
    const whole = new DirectoryBuilder('p')
    for (const s of segments) whole.add(s)
    const first = new DirectoryBuilder('p')
    for (const s of segments.slice(0, 2)) first.add(s)
    const resumed = DirectoryBuilder.from('p', first.finish(700))
    for (const s of segments.slice(2)) resumed.add(s)
    expect(resumed.finish()).toEqual(whole.finish())
  })

  it('merges a report built on its own exactly as if its segments were added row by row', () => {
    const earlier = [snapshot('a', '2026-08-31', 100), snapshot('b', '2026-09-30', 5), snapshot('d', '2026-09-01', 7)]
    const later = [snapshot('a', '2026-09-30', 900), { ...snapshot('b', '2026-09-30', 6), accountName: '' }, snapshot('d', '2026-08-01', 1), snapshot('e', '2026-09-30', 3)]
    const dispositions = Array.from({ length: 1200 }, (_, i) => disposition(['a', 'b', 'c', `n${i % 300}`][i % 4]!, `2026-07-${String((i % 28) + 1).padStart(2, '0')}`))
    const stored = [
      ...packSegments('accounts', 'r1', 'p', earlier, earlier.map((_, i) => i + 2)),
      ...packSegments('dispositions', 'r2', 'p', dispositions.slice(0, 500), dispositions.slice(0, 500).map((_, i) => i + 2), 0, 200),
    ]
    const reports: [ReportKind, Segment[]][] = [
      ['accounts', packSegments('accounts', 'r3', 'p', later, later.map((_, i) => i + 2), 0, 2)],
      ['dispositions', packSegments('dispositions', 'r4', 'p', dispositions.slice(500), dispositions.slice(500).map((_, i) => i + 2), 0, 300)],
    ]
    for (const [kind, segments] of reports) {
      const base = new DirectoryBuilder('p')
      for (const seg of stored) base.add(seg)
      const rowByRow = DirectoryBuilder.from('p', base.finish())
      rowByRow.beginBatch()
      for (const seg of segments) rowByRow.add(seg)
      const own = new DirectoryBuilder('p')
      for (const seg of segments) own.add(seg)
      const merged = DirectoryBuilder.from('p', base.finish())
      merged.beginBatch()
      merged.merge(kind, own.finish())
      expect(merged.finish()).toEqual(rowByRow.finish())
      expect(merged.touched).toBe(rowByRow.touched)
    }
  })
})
