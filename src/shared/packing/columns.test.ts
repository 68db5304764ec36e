import { describe, expect, it } from 'vitest'
import type { AccountSnapshot, Disposition, EarningsChange } from '../domain/records'
import { NO_DAY } from '../util/dates'
import { packSegments, unpackRow } from './columns'

const disposition: Disposition = {
  platformId: 'p1',
  dispositionId: 'D-001',
  accountId: 'u100',
  accountName: '<img src=x onerror=alert(1)>',
  violationType: 'rumour',
  violationDate: '2026-07-01',
  measure: 'silencing',
  measureStart: '2026-07-02',
  measureDays: 30,
  measureEnd: null,
  permanent: false,
  followersRemoved: null,
  reportedToCac: true,
  summary: '=1+1',
  contentUrl: '',
}

describe('packed segments', () => {
  it('round-trips every kind of field', () => {
    const [segment] = packSegments('dispositions', 'r1', 'p1', [disposition], [7])
    expect(segment!.sourceRows[0]).toBe(7)
    expect(segment!.columns.measureEnd[0]).toBe(NO_DAY)
    expect(unpackRow(segment!, 0)).toEqual(disposition)
  })

  it('keeps nulls and false apart', () => {
    const account: AccountSnapshot = {
      platformId: 'p1', accountId: 'a', accountName: '甲', holderType: 'person', holderKey: 'h', mcn: '', followers: 0,
      field: '金融', credentialStatus: null, credentialExpiry: null, earningsEnabled: false, entityChangedOn: null,
      status: null, registeredOn: '2020-02-29', snapshotDate: '2026-09-30',
    }
    const [segment] = packSegments('accounts', 'r2', 'p1', [account], [2])
    expect(unpackRow(segment!, 0)).toEqual(account)
  })

  it('splits rows into ordered segments of the given size', () => {
    const rows: EarningsChange[] = Array.from({ length: 12 }, (_, i) => ({
      platformId: 'p1', accountId: `a${i}`, accountName: '', action: 'grant', effectiveDate: '2026-08-01', endDate: null, reason: '',
    }))
    const segments = packSegments('earnings', 'r3', 'p1', rows, rows.map((_, i) => i + 2), 0, 5)
    expect(segments.map((s) => s.count)).toEqual([5, 5, 2])
    expect(segments.map((s) => s.id)).toEqual(['r3:000000', 'r3:000001', 'r3:000002'])
    expect(unpackRow(segments[2]!, 1).accountId).toBe('a11')
    expect(segments[2]!.sourceRows[1]).toBe(13)
  })
})
