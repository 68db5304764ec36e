// Report quality (Q.*): what a report's own content says about how carefully it was made — a period that
// overlaps an earlier report of the same kind, records dated after the report arrived, dispositions for
// accounts the platform's account report does not know, and measures that end before they start.
import { dayNumber } from '../util/dates'
import { NO_DAY, iso } from './codes'
import type { Rows } from './dataset'
import { finding, type PlatformRule } from './types'

export const periodOverlap: PlatformRule = (data, _ctx, emit) => {
  const reports = data.reports.filter((r) => r.status === 'committed').sort((x, y) => x.importedAt.localeCompare(y.importedAt))
  reports.forEach((report, i) => {
    const earlier = reports.slice(0, i).find((o) => o.kind === report.kind && o.periodStart <= report.periodEnd && report.periodStart <= o.periodEnd)
    if (!earlier) return
    emit(
      finding('Q.period-overlap', data.platformId, report.sha256, {
        accountId: null,
        holderKey: null,
        severity: 'low',
        message: {
          key: 'rules.explain.periodOverlap',
          params: { start: report.periodStart, end: report.periodEnd, other: earlier.fileName, otherStart: earlier.periodStart, otherEnd: earlier.periodEnd },
        },
        evidence: [report.id, earlier.id],
        period: report.periodEnd.slice(0, 7),
      }),
    )
  })
}

/** Runs `visit` over each report's rows of one kind: the report and the row indexes of its segments. */
function eachReport(rows: Rows, visit: (reportId: string, from: number, to: number) => void): void {
  const ranges = new Map<string, [number, number][]>()
  rows.segments.forEach((s, k) => {
    const list = ranges.get(s.reportId) ?? []
    list.push([rows.starts[k] ?? 0, rows.starts[k + 1] ?? 0])
    ranges.set(s.reportId, list)
  })
  for (const [reportId, list] of ranges) for (const [from, to] of list) visit(reportId, from, to)
}

export const futureDate: PlatformRule = (data, _ctx, emit) => {
  const reports = new Map(data.reports.map((r) => [r.id, r]))
  const late = new Map<string, { count: number; latest: number; ref: number; rows: Rows }>()
  const check = (rows: Rows, days: Int32Array[]) =>
    eachReport(rows, (reportId, from, to) => {
      const report = reports.get(reportId)
      if (!report) return
      const received = dayNumber(report.receivedOn)
      for (let r = from; r < to; r++) {
        const day = Math.max(...days.map((d) => d[r] ?? NO_DAY))
        if (day === NO_DAY || day <= received) continue
        const entry = late.get(reportId) ?? { count: 0, latest: day, ref: r, rows }
        entry.count++
        if (day > entry.latest) entry.latest = day
        late.set(reportId, entry)
      }
    })
  check(data.dispositions, [data.d.violationDay])
  check(data.earnings, [data.e.effectiveDay])
  check(data.snapshots, [data.a.snapshotDay])
  for (const [reportId, entry] of late) {
    const report = reports.get(reportId)
    if (!report) continue
    emit(
      finding('Q.future-date', data.platformId, report.sha256, {
        accountId: null,
        holderKey: null,
        severity: 'low',
        message: { key: 'rules.explain.futureDate', params: { count: entry.count, received: report.receivedOn, latest: iso(entry.latest) } },
        evidence: [reportId, entry.rows.ref(entry.ref)],
        period: report.periodEnd.slice(0, 7),
      }),
    )
  }
}

export const unknownAccount: PlatformRule = (data, _ctx, emit) => {
  // the latest account report: the one covering the latest period, ties to the later import
  const accountReports = data.reports.filter((r) => r.kind === 'accounts' && r.status === 'committed')
  const latest = accountReports.sort((x, y) => x.periodEnd.localeCompare(y.periodEnd) || x.importedAt.localeCompare(y.importedAt)).pop()
  if (!latest) return
  const known = new Uint8Array(data.accountCount)
  data.snapshots.segments.forEach((s, k) => {
    if (s.reportId !== latest.id) return
    for (let r = data.snapshots.starts[k] ?? 0; r < (data.snapshots.starts[k + 1] ?? 0); r++) known[data.snapshots.account[r] ?? 0] = 1
  })
  const reports = new Map(data.reports.map((r) => [r.id, r]))
  const unknown = new Map<string, { count: number; first: number }>()
  eachReport(data.dispositions, (reportId, from, to) => {
    for (let r = from; r < to; r++) {
      if (known[data.dispositions.account[r] ?? 0] === 1) continue
      const entry = unknown.get(reportId) ?? { count: 0, first: r }
      entry.count++
      unknown.set(reportId, entry)
    }
  })
  for (const [reportId, entry] of unknown) {
    const report = reports.get(reportId)
    if (!report) continue
    emit(
      finding('Q.unknown-account', data.platformId, report.sha256, {
        accountId: null,
        holderKey: null,
        severity: 'low',
        message: { key: 'rules.explain.unknownAccount', params: { count: entry.count, example: data.accountIds[data.dispositions.account[entry.first] ?? 0] ?? '' } },
        evidence: [reportId, latest.id, data.dispositions.ref(entry.first)],
        period: report.periodEnd.slice(0, 7),
      }),
    )
  }
}

export const endBeforeStart: PlatformRule = (data, _ctx, emit) => {
  const reports = new Map(data.reports.map((r) => [r.id, r]))
  const wrong = new Map<string, { count: number; first: number }>()
  eachReport(data.dispositions, (reportId, from, to) => {
    for (let r = from; r < to; r++) {
      const start = data.d.startDay[r] ?? NO_DAY
      const end = data.d.endDay[r] ?? NO_DAY
      if (start === NO_DAY || end === NO_DAY || end >= start) continue
      const entry = wrong.get(reportId) ?? { count: 0, first: r }
      entry.count++
      wrong.set(reportId, entry)
    }
  })
  for (const [reportId, entry] of wrong) {
    const report = reports.get(reportId)
    if (!report) continue
    const { segment, index } = data.dispositions.locate(entry.first)
    emit(
      finding('Q.end-before-start', data.platformId, report.sha256, {
        accountId: null,
        holderKey: null,
        severity: 'low',
        message: { key: 'rules.explain.endBeforeStart', params: { count: entry.count, row: segment.sourceRows[index] ?? 0 } },
        evidence: [reportId, data.dispositions.ref(entry.first)],
        period: report.periodEnd.slice(0, 7),
      }),
    )
  }
}
