import { describe, expect, it } from 'vitest'
import type { Platform } from '@shared/domain/platform'
import type { Report, ReportStats } from '@shared/domain/report'
import { monthsOf, quarterOf, quartersCovered, summarise } from './summary'

function platform(id: string, archived = false): Platform {
  return { id, name: id, operator: '', creditCode: '', types: ['news'], jurisdiction: '', contacts: [], note: '', archived, createdAt: '', updatedAt: '' }
}

let seq = 0
function report(platformId: string, kind: Report['kind'], periodStart: string, periodEnd: string, stats: Partial<ReportStats>, extra: Partial<Report> = {}): Report {
  seq++
  return {
    id: `r${seq}`, platformId, kind, periodStart, periodEnd, receivedOn: periodEnd, fileName: `f${seq}.csv`, sha256: String(seq), encoding: 'utf-8', mapping: {},
    counts: { rows: 0, accepted: 0, rejected: 0, duplicates: 0 }, stats: { accounts: 0, byMonth: {}, byCategory: {}, byMeasure: {}, ...stats },
    importedBy: '', importedAt: `2026-10-0${seq % 9}T00:00:00Z`, status: 'committed', segments: 1, ...extra,
  }
}

describe('overview summary', () => {
  it('knows quarters and their months', () => {
    expect(quarterOf('2026-09-30')).toBe('2026Q3')
    expect(quarterOf('2026-10-01')).toBe('2026Q4')
    expect(monthsOf('2026Q3')).toEqual(['2026-07', '2026-08', '2026-09'])
    expect(quartersCovered([report('a', 'accounts', '2026-05-01', '2026-10-31', {})])).toEqual(['2026Q4', '2026Q3', '2026Q2'])
  })

  it('counts from the aggregates, per quarter, skipping rolled-back reports and archived platforms', () => {
    const platforms = [platform('a'), platform('b'), platform('gone', true)]
    const reports = [
      report('a', 'dispositions', '2026-06-01', '2026-07-31', { byMonth: { '2026-06': 5, '2026-07': 3 }, byCategory: { rumour: 6, other: 2 }, byMeasure: { warning: 8 } }),
      report('b', 'dispositions', '2026-07-01', '2026-09-30', { byMonth: { '2026-09': 4 }, byCategory: { rumour: 4 }, byMeasure: { silencing: 4 } }),
      report('b', 'dispositions', '2026-07-01', '2026-09-30', { byMonth: { '2026-08': 100 } }, { status: 'rolledBack' }),
      report('gone', 'dispositions', '2026-07-01', '2026-09-30', { byMonth: { '2026-08': 50 } }),
      report('a', 'accounts', '2026-07-01', '2026-08-31', { accounts: 10 }),
      report('a', 'accounts', '2026-07-01', '2026-09-30', { accounts: 12 }),
    ]
    const q3 = summarise(reports, platforms, '2026Q3')
    expect(q3.kpi).toEqual({ platforms: 2, reports: 4, reportingPlatforms: 2, dispositions: 7, accounts: 12 })
    expect(q3.byMonth).toEqual([
      { month: '2026-07', counts: { a: 3 } },
      { month: '2026-08', counts: {} },
      { month: '2026-09', counts: { b: 4 } },
    ])
    expect(q3.byViolation).toEqual([{ type: 'rumour', count: 10 }, { type: 'other', count: 2 }])
    expect(q3.perPlatform.map((p) => [p.platform.id, p.reports, p.dispositions, p.accounts])).toEqual([['a', 3, 3, 12], ['b', 1, 4, 0]].sort((x, y) => Number(y[2]) - Number(x[2])))
    const all = summarise(reports, platforms, null)
    expect(all.kpi.dispositions).toBe(12)
    expect(all.byMonth.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-09'])
  })

  it('is empty without reports', () => {
    const s = summarise([], [platform('a')], '2026Q3')
    expect(s.kpi).toEqual({ platforms: 1, reports: 0, reportingPlatforms: 0, dispositions: 0, accounts: 0 })
    expect(s.byViolation).toEqual([])
  })
})
