import { describe, expect, it } from 'vitest'
import type { Disposition } from '@shared/domain/records'
import { packSegment, packSegments } from '@shared/packing/columns'
import { DirectoryBuilder } from '@shared/packing/directory'
import { fedSegment, feedSegment } from './directory-feed'

const disposition = (i: number): Disposition => ({
  platformId: 'p', dispositionId: `D${i}`, accountId: `u${i % 37}`, accountName: i % 5 === 0 ? '' : `名${i % 37}`, violationType: 'rumour',
  violationDate: `2026-07-${String((i % 28) + 1).padStart(2, '0')}`, measure: 'warning', measureStart: null, measureDays: null, measureEnd: null,
  permanent: false, followersRemoved: null, reportedToCac: null, summary: '很长的说明'.repeat(20), contentUrl: 'https://example.invalid/x',
})

describe('the directory feed', () => {
  it('sends a worker only the columns the directory reads, and the worker builds the same directory from them', () => {
    const rows = Array.from({ length: 900 }, (_, i) => disposition(i))
    const segments = packSegments('dispositions', 'r1', 'p', rows, rows.map((_, i) => i + 2), 0, 200)
    const here = new DirectoryBuilder('p')
    const there = new DirectoryBuilder('p')
    for (const segment of segments) {
      here.add(segment)
      const message = structuredClone(feedSegment(packSegment(segment)))
      expect(Object.keys(message.segment.columns).sort()).toEqual(['accountId', 'accountName', 'violationDate'])
      there.add(fedSegment(message))
    }
    expect(there.finish()).toEqual(here.finish())
  })
})
