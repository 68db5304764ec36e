// The findings list's filters: read from and written to the address (`#/findings?platform=…&article=N9`),
// so that the scorecard can link to a platform's findings on one article and going to a finding and back
// keeps the list as it was; and applied in memory, with the counts per severity the page shows.
import type { Finding, FindingStatus, Severity } from '@shared/domain/findings'
import { RULE_IDS, type RuleId } from '@shared/rules/types'
import { articleOf } from '@shared/scorecard/articles'
import { inRange } from '@shared/scorecard/scorecard'

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low']
export const FINDING_STATUSES: readonly FindingStatus[] = ['open', 'confirmed', 'dismissed', 'rectifying', 'closed']
/** What needs attention: found and not yet dismissed or taken into rectification. */
export const DEFAULT_STATUSES: readonly FindingStatus[] = ['open', 'confirmed']

export interface FindingFilters {
  platformId: string | null
  /** `N9` */
  article: string | null
  rule: RuleId | null
  severity: Severity | null
  /** empty: every status */
  statuses: readonly FindingStatus[]
  /** months `YYYY-MM`, inclusive */
  from: string | null
  to: string | null
}

export const DEFAULT_FILTERS: FindingFilters = { platformId: null, article: null, rule: null, severity: null, statuses: DEFAULT_STATUSES, from: null, to: null }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

export function readFilters(params: URLSearchParams): FindingFilters {
  const text = (key: string) => {
    const v = params.get(key)
    return v === null || v === '' ? null : v
  }
  const month = (key: string) => {
    const v = params.get(key)
    return v !== null && MONTH.test(v) ? v : null
  }
  const status = params.get('status')
  return {
    platformId: text('platform'),
    article: text('article'),
    rule: oneOf(RULE_IDS, params.get('rule')),
    severity: oneOf(SEVERITIES, params.get('severity')),
    // absent: the default; `all`: every status; otherwise a comma-separated list
    statuses: status === null ? DEFAULT_STATUSES : status === 'all' ? [] : status.split(',').flatMap((s) => oneOf(FINDING_STATUSES, s) ?? []),
    from: month('from'),
    to: month('to'),
  }
}

const sameStatuses = (a: readonly FindingStatus[], b: readonly FindingStatus[]) => a.length === b.length && a.every((s) => b.includes(s))

export function writeFilters(f: FindingFilters): URLSearchParams {
  const out = new URLSearchParams()
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') out.set(key, value)
  }
  put('platform', f.platformId)
  put('article', f.article)
  put('rule', f.rule)
  put('severity', f.severity)
  if (!sameStatuses(f.statuses, DEFAULT_STATUSES)) out.set('status', f.statuses.length === 0 ? 'all' : FINDING_STATUSES.filter((s) => f.statuses.includes(s)).join(','))
  put('from', f.from)
  put('to', f.to)
  return out
}

/** Whether a finding passes every filter but severity (the severity counts are taken before it). */
function passesAllButSeverity(f: Finding, filters: FindingFilters): boolean {
  return (
    (filters.platformId === null || f.platformId === filters.platformId) &&
    (filters.article === null || articleOf(f.requirementId) === filters.article) &&
    (filters.rule === null || f.rule === filters.rule) &&
    (filters.statuses.length === 0 || filters.statuses.includes(f.status)) &&
    inRange(f.period, { from: filters.from, to: filters.to })
  )
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

/** Most severe first, then the latest month, then by platform and rule, so that the order is stable. */
export function bySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    b.period.localeCompare(a.period) ||
    a.platformId.localeCompare(b.platformId) ||
    a.rule.localeCompare(b.rule) ||
    a.id.localeCompare(b.id)
  )
}

export interface FilteredFindings {
  shown: Finding[]
  /** how many pass the other filters, per severity */
  severityCounts: Record<Severity, number>
}

export function applyFilters(findings: readonly Finding[], filters: FindingFilters): FilteredFindings {
  const severityCounts: Record<Severity, number> = { high: 0, medium: 0, low: 0 }
  const shown: Finding[] = []
  for (const f of findings) {
    if (!passesAllButSeverity(f, filters)) continue
    severityCounts[f.severity]++
    if (filters.severity === null || f.severity === filters.severity) shown.push(f)
  }
  return { shown: shown.sort(bySeverity), severityCounts }
}
