// The overview's numbers, computed from the report records' aggregates (kept at commit) and the platform
// list alone — never from the packed rows, so the dashboard costs the same for a thousand rows as for a
// million. Pure, so it is tested without a store.
import type { Platform } from '@shared/domain/platform'
import type { Measure, ViolationType } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'

/** `YYYYQn`, the quarter a calendar date falls in. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`
}

/** The months (`YYYY-MM`) of a quarter. */
export function monthsOf(quarter: string): string[] {
  const year = quarter.slice(0, 4)
  const first = (Number(quarter.slice(5)) - 1) * 3 + 1
  return [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`)
}

/** Quarters the reports' periods touch, newest first. */
export function quartersCovered(reports: readonly Report[]): string[] {
  const out = new Set<string>()
  for (const r of reports) for (let q = quarterOf(r.periodStart); q <= quarterOf(r.periodEnd); q = nextQuarter(q)) out.add(q)
  return [...out].sort().reverse()
}

function nextQuarter(q: string): string {
  const year = Number(q.slice(0, 4))
  const n = Number(q.slice(5))
  return n === 4 ? `${year + 1}Q1` : `${year}Q${n + 1}`
}

function overlaps(r: Report, quarter: string | null): boolean {
  if (quarter === null) return true
  const months = monthsOf(quarter)
  return r.periodStart.slice(0, 7) <= (months[2] ?? '') && r.periodEnd.slice(0, 7) >= (months[0] ?? '')
}

export interface PlatformRow {
  platform: Platform
  reports: number
  dispositions: number
  accounts: number
  lastReceived: string | null
}

export interface OverviewSummary {
  kpi: { platforms: number; reports: number; reportingPlatforms: number; dispositions: number; accounts: number }
  /** one entry per month, with a count per platform id */
  byMonth: { month: string; counts: Record<string, number> }[]
  byViolation: { type: ViolationType; count: number }[]
  byMeasure: { measure: Measure; count: number }[]
  perPlatform: PlatformRow[]
}

function add<K extends string>(into: Map<K, number>, from: Record<string, number>, keep: (k: string) => boolean = () => true): void {
  for (const [k, n] of Object.entries(from)) if (keep(k)) into.set(k as K, (into.get(k as K) ?? 0) + n)
}

const sortedDesc = <K extends string>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))

/**
 * Summarises committed reports for a quarter (null: all time). Dispositions count by their violation month,
 * so a report that spans two quarters is split correctly; the breakdowns by type and measure take every
 * dispositions report that touches the quarter. Accounts are the latest accounts report per platform.
 */
export function summarise(allReports: readonly Report[], allPlatforms: readonly Platform[], quarter: string | null): OverviewSummary {
  const platforms = allPlatforms.filter((p) => !p.archived)
  const known = new Set(platforms.map((p) => p.id))
  const reports = allReports.filter((r) => r.status === 'committed' && known.has(r.platformId) && overlaps(r, quarter))
  const months = quarter === null ? null : new Set(monthsOf(quarter))
  const inPeriod = (month: string) => months === null || months.has(month)

  const monthly = new Map<string, Record<string, number>>()
  const violations = new Map<ViolationType, number>()
  const measures = new Map<Measure, number>()
  const rows = new Map<string, PlatformRow>(platforms.map((p) => [p.id, { platform: p, reports: 0, dispositions: 0, accounts: 0, lastReceived: null }]))
  const latestAccounts = new Map<string, Report>()

  for (const r of reports) {
    const row = rows.get(r.platformId)
    if (!row) continue
    row.reports++
    if (row.lastReceived === null || r.receivedOn > row.lastReceived) row.lastReceived = r.receivedOn
    if (r.kind === 'dispositions') {
      for (const [month, n] of Object.entries(r.stats.byMonth)) {
        if (!inPeriod(month)) continue
        const counts = monthly.get(month) ?? {}
        counts[r.platformId] = (counts[r.platformId] ?? 0) + n
        monthly.set(month, counts)
        row.dispositions += n
      }
      add(violations, r.stats.byCategory)
      add(measures, r.stats.byMeasure)
    } else if (r.kind === 'accounts') {
      const prev = latestAccounts.get(r.platformId)
      if (!prev || r.periodEnd > prev.periodEnd || (r.periodEnd === prev.periodEnd && r.importedAt > prev.importedAt)) latestAccounts.set(r.platformId, r)
    }
  }
  for (const [platformId, r] of latestAccounts) {
    const row = rows.get(platformId)
    if (row) row.accounts = r.stats.accounts
  }

  const perPlatform = [...rows.values()].sort((a, b) => b.dispositions - a.dispositions || a.platform.name.localeCompare(b.platform.name, 'zh-CN'))
  return {
    kpi: {
      platforms: platforms.length,
      reports: reports.length,
      reportingPlatforms: perPlatform.filter((p) => p.reports > 0).length,
      dispositions: perPlatform.reduce((n, p) => n + p.dispositions, 0),
      accounts: perPlatform.reduce((n, p) => n + p.accounts, 0),
    },
    // a quarter shows all three months, even one without dispositions
    byMonth: (quarter === null ? [...monthly.keys()].sort() : monthsOf(quarter)).map((month) => ({ month, counts: monthly.get(month) ?? {} })),
    byViolation: sortedDesc(violations).map(([type, count]) => ({ type, count })),
    byMeasure: sortedDesc(measures).map(([measure, count]) => ({ measure, count })),
    perPlatform,
  }
}
