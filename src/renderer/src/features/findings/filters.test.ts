import { describe, expect, it } from 'vitest'
import type { Finding } from '@shared/domain/findings'
import { applyFilters, DEFAULT_FILTERS, readFilters, writeFilters, type FindingFilters } from './filters'

let seq = 0
const f = (o: Partial<Finding>): Finding => ({
  id: `f${seq++}`, source: 'rule', rule: 'N9.earnings-suspension', requirementId: 'N9.1', platformId: 'p1', accountId: 'a1', holderKey: null,
  severity: 'medium', message: null, explanation: '', evidence: [], status: 'open', decision: null, stale: false, inspectionId: null,
  period: '2026-08', createdAt: '', updatedAt: '', ...o,
})

describe('finding filters in the address', () => {
  it('round-trips every filter, and leaves the defaults out', () => {
    const filters: FindingFilters = { platformId: 'p1', article: 'N9', rule: 'N9.earnings-suspension', severity: 'high', statuses: ['dismissed'], from: '2026-07', to: '2026-09' }
    const params = writeFilters(filters)
    expect(params.toString()).toBe('platform=p1&article=N9&rule=N9.earnings-suspension&severity=high&status=dismissed&from=2026-07&to=2026-09')
    expect(readFilters(params)).toEqual(filters)
    expect(writeFilters(DEFAULT_FILTERS).toString()).toBe('')
    expect(readFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS)
  })

  it('writes "every status" as all and ignores what it does not know', () => {
    expect(writeFilters({ ...DEFAULT_FILTERS, statuses: [] }).toString()).toBe('status=all')
    expect(readFilters(new URLSearchParams('status=all')).statuses).toEqual([])
    expect(readFilters(new URLSearchParams('status=open,bogus&rule=N99.x&severity=huge&from=2026-13'))).toEqual({ ...DEFAULT_FILTERS, statuses: ['open'] })
  })
})

describe('applying the filters', () => {
  const findings = [
    f({ severity: 'low', period: '2026-07' }),
    f({ severity: 'high', period: '2026-07' }),
    f({ severity: 'high', period: '2026-09' }),
    f({ rule: 'N12.closure-blacklist', requirementId: 'N12.2', platformId: 'p2' }),
    f({ status: 'dismissed' }),
    f({ rule: 'Q.future-date', requirementId: 'N9.3', status: 'confirmed' }),
  ]

  it('shows open and confirmed findings by default, most severe and latest first', () => {
    const { shown, severityCounts } = applyFilters(findings, DEFAULT_FILTERS)
    expect(shown.map((x) => [x.severity, x.period])).toEqual([['high', '2026-09'], ['high', '2026-07'], ['medium', '2026-08'], ['medium', '2026-08'], ['low', '2026-07']])
    expect(severityCounts).toEqual({ high: 2, medium: 2, low: 1 })
  })

  it('narrows by platform, article, rule, status and months, and counts severities before the severity filter', () => {
    expect(applyFilters(findings, { ...DEFAULT_FILTERS, platformId: 'p2' }).shown).toHaveLength(1)
    expect(applyFilters(findings, { ...DEFAULT_FILTERS, article: 'N9' }).shown).toHaveLength(4)
    expect(applyFilters(findings, { ...DEFAULT_FILTERS, rule: 'Q.future-date' }).shown).toHaveLength(1)
    expect(applyFilters(findings, { ...DEFAULT_FILTERS, statuses: [] }).shown).toHaveLength(6)
    expect(applyFilters(findings, { ...DEFAULT_FILTERS, from: '2026-08', to: '2026-08' }).shown).toHaveLength(2)
    const high = applyFilters(findings, { ...DEFAULT_FILTERS, severity: 'high' })
    expect(high.shown).toHaveLength(2)
    expect(high.severityCounts).toEqual({ high: 2, medium: 2, low: 1 })
  })
})
