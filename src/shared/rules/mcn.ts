// Article 11: an MCN organisation with several signed accounts disposed of on one platform in one report
// period, so the office can weigh the MCN measures (suspending its earnings, restricting or removing it).
import { NO_DAY, iso } from './codes'
import { finding, type PlatformRule } from './types'

export const mcnDisposed: PlatformRule = (data, { params }, emit) => {
  const reports = new Map(data.reports.map((r) => [r.id, r]))
  const rows = data.dispositions
  // report → MCN → its disposed accounts, each with its first disposition (the evidence)
  const byReport = new Map<string, Map<string, Map<number, number>>>()
  rows.segments.forEach((segment, k) => {
    const mcns = byReport.get(segment.reportId) ?? new Map<string, Map<number, number>>()
    byReport.set(segment.reportId, mcns)
    for (let r = rows.starts[k] ?? 0; r < (rows.starts[k + 1] ?? 0); r++) {
      const a = rows.account[r] ?? 0
      const mcn = data.mcn(a)
      if (mcn === '') continue
      const accounts = mcns.get(mcn) ?? new Map<number, number>()
      mcns.set(mcn, accounts)
      if (!accounts.has(a)) accounts.set(a, r)
    }
  })
  for (const [reportId, mcns] of byReport) {
    const report = reports.get(reportId)
    for (const [mcn, accounts] of mcns) {
      if (accounts.size < params.mcnDisposedAccountThreshold) continue
      const firstDay = Math.min(...[...accounts.values()].map((r) => data.d.violationDay[r] ?? NO_DAY))
      emit(
        finding('N11.mcn', data.platformId, `${report?.periodStart ?? ''}\u0001${report?.periodEnd ?? reportId}\u0001${mcn}`, {
          accountId: null,
          holderKey: null,
          severity: 'medium',
          message: { key: 'rules.explain.mcnDisposed', params: { mcn, count: accounts.size, start: report?.periodStart ?? '', end: report?.periodEnd ?? '' } },
          evidence: [...accounts.values()].slice(0, 50).map((r) => rows.ref(r)),
          period: (report?.periodEnd ?? iso(firstDay)).slice(0, 7),
        }),
      )
    }
  }
}
