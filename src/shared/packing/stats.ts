// The aggregates kept on each report at commit, so that dashboards read a handful of report records
// instead of scanning millions of rows. Computed from the packed columns (codes and day numbers), which is
// far cheaper than from row objects.
import { ACCOUNT_STATUSES, EARNINGS_ACTIONS, MEASURES, VIOLATION_TYPES, type ReportKind, type RowsByKind } from '../domain/records'
import type { ReportStats } from '../domain/report'
import { NO_DAY, isoFromDay } from '../util/dates'
import { packColumns, type Segment } from './columns'

export function emptyStats(): ReportStats {
  return { accounts: 0, byMonth: {}, byCategory: {}, byMeasure: {} }
}

/** Counts per code index → counts per code (codes never seen are left out). */
function byCode(counts: Int32Array, codes: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  counts.forEach((n, i) => {
    const code = codes[i]
    if (n > 0 && code !== undefined) out[code] = n
  })
  return out
}

/** A streaming accumulator over segments, in the order they are packed. Distinct accounts are counted here
 * for account reports only; for the other kinds the commit counts them while it updates the account
 * directory, which looks every account up anyway (a set of a million ids here would cost a second). */
export function statsAccumulator(kind: ReportKind) {
  const accounts = new Set<string>()
  const dayCounts = new Map<number, number>()
  const categories = kind === 'dispositions' ? VIOLATION_TYPES : kind === 'earnings' ? EARNINGS_ACTIONS : ACCOUNT_STATUSES
  const categoryCounts = new Int32Array(categories.length)
  const measureCounts = new Int32Array(MEASURES.length)
  const countDays = (days: Int32Array, n: number) => {
    for (let i = 0; i < n; i++) {
      const d = days[i] ?? NO_DAY
      if (d !== NO_DAY) dayCounts.set(d, (dayCounts.get(d) ?? 0) + 1)
    }
  }
  const countCodes = (codes: Int8Array, into: Int32Array, n: number) => {
    for (let i = 0; i < n; i++) {
      const c = codes[i] ?? -1
      if (c >= 0) into[c] = (into[c] ?? 0) + 1
    }
  }
  return {
    addSegment(segment: Segment): void {
      const n = segment.count
      if (kind === 'accounts') for (let i = 0; i < n; i++) accounts.add(segment.columns.accountId[i] ?? '')
      if (segment.kind === 'dispositions') {
        const c = (segment as Segment<'dispositions'>).columns
        countDays(c.violationDate, n)
        countCodes(c.violationType, categoryCounts, n)
        countCodes(c.measure, measureCounts, n)
      } else if (segment.kind === 'earnings') {
        const c = (segment as Segment<'earnings'>).columns
        countDays(c.effectiveDate, n)
        countCodes(c.action, categoryCounts, n)
      } else {
        const c = (segment as Segment<'accounts'>).columns
        countDays(c.snapshotDate, n)
        countCodes(c.status, categoryCounts, n)
      }
    },
    result(): ReportStats {
      const byMonth: Record<string, number> = {}
      for (const [day, n] of dayCounts) {
        const month = isoFromDay(day).slice(0, 7)
        byMonth[month] = (byMonth[month] ?? 0) + n
      }
      return { accounts: accounts.size, byMonth, byCategory: byCode(categoryCounts, categories), byMeasure: byCode(measureCounts, MEASURES) }
    },
  }
}

/** The aggregates of rows not yet packed (tests, demo data), distinct accounts included. */
export function computeStats<K extends ReportKind>(kind: K, rows: readonly RowsByKind[K][]): ReportStats {
  const acc = statsAccumulator(kind)
  acc.addSegment({ id: '', reportId: '', platformId: '', kind, seq: 0, count: rows.length, sourceRows: new Int32Array(rows.length), columns: packColumns(kind, rows) })
  return { ...acc.result(), accounts: new Set(rows.map((r) => r.accountId)).size }
}
