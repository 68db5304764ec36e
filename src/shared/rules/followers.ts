// Rules on followers (article 10): a silenced account must not gain followers (N10.2), and an account that
// keeps riding on hot events must be barred from new followers (N10.3).
import { M, NO_DAY, iso, month, violation } from './codes'
import { measureLength, measureStart } from './earnings'
import { finding, type PlatformRule } from './types'

const HYPE = violation('hotTopicHype')

export const followersWhileSilenced: PlatformRule = (data, _ctx, emit) => {
  for (let a = 0; a < data.accountCount; a++) {
    const snapshots = Array.from(data.snapshots.of(a)).filter((r) => (data.a.snapshotDay[r] ?? NO_DAY) !== NO_DAY && Number.isFinite(data.a.followers[r] ?? NaN))
    if (snapshots.length < 2) continue
    snapshots.sort((x, y) => (data.a.snapshotDay[x] ?? 0) - (data.a.snapshotDay[y] ?? 0))
    for (const r of data.dispositions.of(a)) {
      if (data.d.measure[r] !== M.silencing) continue
      const start = measureStart(data, r)
      const days = measureLength(data, r)
      const end = data.d.permanent[r] === 1 || !Number.isFinite(days) ? Number.MAX_SAFE_INTEGER : start + days - 1
      const inside = snapshots.filter((s) => (data.a.snapshotDay[s] ?? NO_DAY) >= start && (data.a.snapshotDay[s] ?? NO_DAY) <= end)
      // the first rise between consecutive snapshots inside the silencing
      for (let k = 1; k < inside.length; k++) {
        const before = inside[k - 1] ?? -1
        const after = inside[k] ?? -1
        const from = data.a.followers[before] ?? NaN
        const to = data.a.followers[after] ?? NaN
        if (!(to > from)) continue
        const accountId = data.accountIds[a] ?? ''
        emit(
          finding('N10.followers-while-silenced', data.platformId, `${accountId}\u0001${data.dispositions.text(r, 'dispositionId')}`, {
            accountId,
            holderKey: data.holderKey(a) || null,
            severity: 'medium',
            message: { key: 'rules.explain.followersWhileSilenced', params: { start: iso(start), end: end === Number.MAX_SAFE_INTEGER ? '—' : iso(end), from, to } },
            evidence: [data.dispositions.ref(r), data.snapshots.ref(before), data.snapshots.ref(after)],
            period: month(start),
          }),
        )
        break
      }
    }
  }
}

export const hypeFreeze: PlatformRule = (data, { params }, emit) => {
  const threshold = params.hypeDispositionThreshold
  const window = params.hypeWindowDays
  for (let a = 0; a < data.accountCount; a++) {
    const rows = data.dispositions.of(a)
    // one violation usually draws several measures: count the days the account was disposed of for hype
    const days = [...new Set(Array.from(rows).filter((r) => data.d.violationType[r] === HYPE).map((r) => data.d.violationDay[r] ?? NO_DAY))]
      .filter((d) => d !== NO_DAY)
      .sort((x, y) => x - y)
    if (days.length < threshold) continue
    let first = -1
    for (let i = 0; i + threshold - 1 < days.length; i++) {
      if ((days[i + threshold - 1] ?? 0) - (days[i] ?? 0) < window) {
        first = i
        break
      }
    }
    if (first < 0) continue
    const firstDay = days[first] ?? NO_DAY
    const inWindow = days.filter((d) => d >= firstDay && d - firstDay < window)
    const lastDay = inWindow[inWindow.length - 1] ?? firstDay
    const frozen = Array.from(rows).some((r) => (data.d.measure[r] === M.followerFreeze || data.d.measure[r] === M.followerWipe) && measureStart(data, r) >= firstDay)
    if (frozen) continue
    const accountId = data.accountIds[a] ?? ''
    const evidence = Array.from(rows)
      .filter((r) => data.d.violationType[r] === HYPE)
      .slice(0, 20)
      .map((r) => data.dispositions.ref(r))
    emit(
      finding('N10.hype-freeze', data.platformId, accountId, {
        accountId,
        holderKey: data.holderKey(a) || null,
        severity: 'medium',
        message: { key: 'rules.explain.hypeNoFreeze', params: { windowDays: window, count: inWindow.length, first: iso(firstDay), last: iso(lastDay) } },
        evidence,
        period: month(lastDay),
      }),
    )
  }
}
