// The aggregates kept on each report at commit, so that dashboards read a handful of report records
// instead of scanning millions of rows.
import type { ReportKind, RowsByKind } from '../domain/records'
import type { ReportStats } from '../domain/report'

function bump(map: Record<string, number>, key: string | null | undefined): void {
  if (!key) return
  map[key] = (map[key] ?? 0) + 1
}

export function emptyStats(): ReportStats {
  return { accounts: 0, byMonth: {}, byCategory: {}, byMeasure: {} }
}

/** A streaming accumulator: rows can be added in batches as they are parsed. */
export function statsAccumulator<K extends ReportKind>(kind: K) {
  const stats = emptyStats()
  const accounts = new Set<string>()
  return {
    add(rows: readonly RowsByKind[K][]): void {
      for (const row of rows) {
        accounts.add(row.accountId)
        if (kind === 'dispositions') {
          const d = row as RowsByKind['dispositions']
          bump(stats.byMonth, d.violationDate.slice(0, 7))
          bump(stats.byCategory, d.violationType)
          bump(stats.byMeasure, d.measure)
        } else if (kind === 'earnings') {
          const e = row as RowsByKind['earnings']
          bump(stats.byMonth, e.effectiveDate.slice(0, 7))
          bump(stats.byCategory, e.action)
        } else {
          const a = row as RowsByKind['accounts']
          bump(stats.byMonth, a.snapshotDate?.slice(0, 7))
          bump(stats.byCategory, a.status)
        }
      }
    },
    result(): ReportStats {
      return { ...stats, accounts: accounts.size }
    },
  }
}

export function computeStats<K extends ReportKind>(kind: K, rows: readonly RowsByKind[K][]): ReportStats {
  const acc = statsAccumulator(kind)
  acc.add(rows)
  return acc.result()
}
