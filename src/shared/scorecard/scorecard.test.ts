import { describe, expect, it } from 'vitest'
import type { Finding, FindingStatus } from '../domain/findings'
import type { Report } from '../domain/report'
import { articleOf, RULED_ARTICLES } from './articles'
import { buildScorecard, dispositionsByPlatform, heatLevel, monthlyTrend, monthsBetween, standing } from './scorecard'

const report = (platformId: string, kind: Report['kind'], byMonth: Record<string, number>, status: Report['status'] = 'committed'): Report => ({
  id: `${platformId}-${kind}-${Object.keys(byMonth).join()}`, platformId, kind, periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08',
  fileName: 'x.csv', sha256: 'x', encoding: 'utf-8', mapping: {}, counts: { rows: 0, accepted: 0, rejected: 0, duplicates: 0 },
  stats: { accounts: 0, byMonth, byCategory: {}, byMeasure: {} }, importedBy: '', importedAt: '2026-10-09T00:00:00.000Z', status, segments: 1,
})

let seq = 0
const finding = (platformId: string, requirementId: string, period: string, o: { status?: FindingStatus; stale?: boolean; source?: Finding['source'] } = {}): Finding => ({
  id: `f${seq++}`, source: o.source ?? 'rule', rule: 'N9.earnings-suspension', requirementId, platformId, accountId: 'a', holderKey: null, severity: 'medium',
  message: null, explanation: '', evidence: [], status: o.status ?? 'open', decision: null, stale: o.stale ?? false, inspectionId: null, period,
  createdAt: '', updatedAt: '',
})

const platforms = [
  { id: 'p1', name: '甲平台' },
  { id: 'p2', name: '乙平台' },
  { id: 'p3', name: '丙平台', archived: true },
  { id: 'p4', name: '丁平台' },
]

describe('articles', () => {
  it('reads the article from a requirement id and lists the articles the rules cover in order', () => {
    expect(articleOf('N9.1')).toBe('N9')
    expect(articleOf('N12.2')).toBe('N12')
    expect(articleOf('custom:1')).toBeNull()
    expect(RULED_ARTICLES).toEqual(['N2', 'N7', 'N8', 'N9', 'N10', 'N11', 'N12'])
  })
})

describe('the scorecard', () => {
  const reports = [
    report('p1', 'dispositions', { '2026-07': 1500, '2026-08': 500 }),
    report('p1', 'accounts', { '2026-09': 900 }),
    report('p1', 'dispositions', { '2026-09': 1000 }, 'rolledBack'),
    report('p2', 'dispositions', { '2026-08': 400 }),
    report('p3', 'dispositions', { '2026-08': 400 }),
  ]

  it('counts dispositions from committed dispositions reports only, within the months asked', () => {
    expect(dispositionsByPlatform(reports)).toEqual(new Map([['p1', 2000], ['p2', 400], ['p3', 400]]))
    expect(dispositionsByPlatform(reports, { from: '2026-08', to: null })).toEqual(new Map([['p1', 500], ['p2', 400], ['p3', 400]]))
  })

  it('gives findings per thousand dispositions per article, counting only standing rule findings', () => {
    const findings = [
      finding('p1', 'N9.1', '2026-07'),
      finding('p1', 'N9.3', '2026-08', { status: 'confirmed' }),
      finding('p1', 'N12.2', '2026-08'),
      finding('p1', 'N9.1', '2026-08', { status: 'dismissed' }),
      finding('p1', 'N9.1', '2026-08', { status: 'confirmed', stale: true }),
      finding('p1', 'N9.1', '2026-08', { source: 'inspection' }),
      finding('p2', 'N7.1', '2026-08'),
      finding('p2', 'N7.2', '2026-08'),
      finding('p3', 'N7.1', '2026-08'),
    ]
    const card = buildScorecard(platforms, reports, findings)
    expect(card.articles).toEqual(RULED_ARTICLES)
    expect(card.rows.map((r) => r.platformId)).toEqual(['p2', 'p1'])
    const [p2, p1] = card.rows
    expect(p1).toMatchObject({ dispositions: 2000, total: { count: 3, rate: 1.5 } })
    expect(p1?.byArticle.N9).toEqual({ count: 2, rate: 1 })
    expect(p1?.byArticle.N12).toEqual({ count: 1, rate: 0.5 })
    expect(p1?.byArticle.N2).toEqual({ count: 0, rate: 0 })
    expect(p2).toMatchObject({ dispositions: 400, total: { count: 2, rate: 5 } })
    expect(p2?.byArticle.N7).toEqual({ count: 2, rate: 5 })
    expect(card.maxRate).toBe(5)
  })

  it('keeps a platform with findings but no dispositions, with no rate', () => {
    const card = buildScorecard(platforms, [], [finding('p4', 'N2.3', '2026-09')])
    expect(card.rows).toEqual([
      expect.objectContaining({ platformId: 'p4', dispositions: 0, total: { count: 1, rate: null } }),
    ])
    expect(card.rows[0]?.byArticle.N2).toEqual({ count: 1, rate: null })
    expect(card.maxRate).toBe(0)
  })

  it('limits findings and dispositions to the same months', () => {
    const findings = [finding('p1', 'N9.1', '2026-07'), finding('p1', 'N9.1', '2026-08')]
    const card = buildScorecard(platforms, reports, findings, { from: '2026-08', to: '2026-08' })
    expect(card.rows.find((r) => r.platformId === 'p1')).toMatchObject({ dispositions: 500, total: { count: 1, rate: 2 } })
  })

  it('scales heat in quarters of the highest rate', () => {
    expect(heatLevel(null, 5)).toBe(0)
    expect(heatLevel(0, 5)).toBe(0)
    expect(heatLevel(0.1, 5)).toBe(1)
    expect(heatLevel(2.5, 5)).toBe(2)
    expect(heatLevel(3.8, 5)).toBe(4)
    expect(heatLevel(5, 5)).toBe(4)
    expect(heatLevel(1, 0)).toBe(0)
  })
})

describe('the monthly trend', () => {
  it('lists every month across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-03', '2026-02')).toEqual([])
  })

  it('counts a platform’s standing findings per month and article, with empty months as zero', () => {
    const reports = [report('p1', 'dispositions', { '2026-06': 10, '2026-07': 20 })]
    const findings = [
      finding('p1', 'N9.1', '2026-07'),
      finding('p1', 'N9.1', '2026-07'),
      finding('p1', 'N12.2', '2026-09'),
      finding('p1', 'N12.2', '2026-09', { status: 'dismissed' }),
      finding('p2', 'N9.1', '2026-08'),
    ]
    const trend = monthlyTrend(reports, findings, 'p1')
    expect(trend.map((p) => p.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09'])
    expect(trend.map((p) => p.total)).toEqual([0, 2, 0, 1])
    expect(trend.map((p) => p.dispositions)).toEqual([10, 20, 0, 0])
    expect(trend[1]?.counts).toMatchObject({ N9: 2, N12: 0 })
    expect(trend[3]?.counts).toMatchObject({ N9: 0, N12: 1 })
    expect(monthlyTrend(reports, findings, 'p1', { from: '2026-07', to: '2026-07' }).map((p) => p.month)).toEqual(['2026-07'])
    expect(monthlyTrend([], [], 'p1')).toEqual([])
  })

  it('leaves report-quality findings out: they say how a report was made, not which duty was missed', () => {
    expect(standing(finding('p1', 'N9.3', '2026-07'))).toBe(true)
    expect(standing({ ...finding('p1', 'N9.3', '2026-07'), rule: 'Q.future-date' })).toBe(false)
  })
})
