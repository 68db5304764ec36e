import { describe, expect, it } from 'vitest'
import { MEASURES, type Disposition, type EarningsChange } from '../domain/records'
import { packSegments } from '../packing/columns'
import { unpackText } from '../packing/text'
import { RowKeyIndex, rowKey, segmentKeys } from './rows'

const disposition = (dispositionId: string, measure: Disposition['measure']): Disposition => ({
  platformId: 'p', dispositionId, accountId: 'u1', accountName: '', violationType: 'rumour', violationDate: '2026-07-01', measure,
  measureStart: null, measureDays: null, measureEnd: null, permanent: false, followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
})
const change = (accountId: string, effectiveDate: string): EarningsChange => ({ platformId: 'p', accountId, accountName: '', action: 'grant', effectiveDate, endDate: null, reason: '' })

describe('row keys', () => {
  it('keeps every measure in the 32 bits a disposition id is indexed by', () => {
    expect(MEASURES.length).toBeLessThanOrEqual(31)
  })

  it('tells a disposition seen from the same id with another measure', () => {
    const seen = new RowKeyIndex('dispositions')
    expect(seen.add(disposition('D1', 'silencing'))).toBe(true)
    expect(seen.add(disposition('D1', 'earningsSuspension'))).toBe(true)
    expect(seen.add(disposition('D1', 'silencing'))).toBe(false)
    expect(seen.has(disposition('D1', 'closure'))).toBe(false)
    expect(seen.has(disposition('D2', 'silencing'))).toBe(false)
    expect(seen.size).toBe(2)
  })

  it('reads keys as stored and finds the same rows in them', () => {
    const rows = [disposition('D1', 'silencing'), disposition('D1', 'closure'), disposition('~ab\u0001cd', 'warning')]
    const stored = RowKeyIndex.of('dispositions', rows.map((r) => rowKey('dispositions', r)))
    expect(rows.map((r) => stored.has(r))).toEqual([true, true, true])
    expect(stored.has(disposition('D1', 'warning'))).toBe(false)
    expect(stored.size).toBe(3)
    const earnings = RowKeyIndex.of('earnings', [rowKey('earnings', change('u1', '2026-07-01'))])
    expect(earnings.has(change('u1', '2026-07-01'))).toBe(true)
    expect(earnings.has(change('u1', '2026-07-02'))).toBe(false)
    expect(earnings.add(change('u1', '2026-07-01'))).toBe(false)
  })

  it('reads the same keys from a segment’s columns as from its rows, for every kind', () => {
    const dispositions = MEASURES.map((m, i) => disposition(i % 2 === 0 ? `D${i}` : `~甲${i}`, m))
    const earnings = [change('u1', '2026-07-01'), change('账号2', '2024-02-29'), { ...change('u3', '2026-12-31'), action: 'cancel' as const }]
    const accounts = [
      { platformId: 'p', accountId: 'u1', accountName: '', holderType: 'person' as const, holderKey: '', mcn: '', followers: null, field: '', credentialStatus: null,
        credentialExpiry: null, earningsEnabled: null, entityChangedOn: null, status: null, registeredOn: null, snapshotDate: '2026-09-30' },
      { platformId: 'p', accountId: 'u2', accountName: '', holderType: 'enterprise' as const, holderKey: '', mcn: '', followers: null, field: '', credentialStatus: null,
        credentialExpiry: null, earningsEnabled: null, entityChangedOn: null, status: null, registeredOn: null, snapshotDate: null },
    ]
    const keysOf = <K extends 'dispositions' | 'earnings' | 'accounts'>(kind: K, rows: Parameters<typeof rowKey<K>>[1][]) =>
      packSegments(kind, 'r', 'p', rows, rows.map((_, i) => i + 2)).flatMap((segment) => unpackText(segmentKeys(segment)))
    expect(keysOf('dispositions', dispositions)).toEqual(dispositions.map((r) => rowKey('dispositions', r)))
    expect(keysOf('earnings', earnings)).toEqual(earnings.map((r) => rowKey('earnings', r)))
    expect(keysOf('accounts', accounts)).toEqual(accounts.map((r) => rowKey('accounts', r)))
  })
})
