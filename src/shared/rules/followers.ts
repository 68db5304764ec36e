// Rules on followers (article 10): a silenced account must not gain followers (N10.2), and an account that
// keeps riding on hot events must be barred from new followers (N10.3).
import { M, NO_DAY, iso, month, violation } from './codes'
import type { PlatformData } from './dataset'
import { measureLength, measureStart } from './earnings'
import { finding, type PlatformRule } from './types'

const HYPE = violation('hotTopicHype')

/** An account's snapshots that have a date and a follower count, oldest first. */
function countedSnapshots(data: PlatformData, a: number): number[] {
  return Array.from(data.snapshots.of(a))
    .filter((s) => (data.a.snapshotDay[s] ?? NO_DAY) !== NO_DAY && Number.isFinite(data.a.followers[s] ?? NaN))
    .sort((x, y) => (data.a.snapshotDay[x] ?? 0) - (data.a.snapshotDay[y] ?? 0))
}

export const followersWhileSilenced: PlatformRule = (data, _ctx, emit) => {
  const ss = data.snapshots
  for (let r = 0; r < data.dispositions.length; r++) {
    if (data.d.measure[r] !== M.silencing) continue
    const a = data.dispositions.account[r] ?? 0
    // a rise needs two snapshots: most accounts have one, so this test spares the rest of the work
    if (ss.last(a) - ss.first(a) < 2) continue
    const start = measureStart(data, r)
    const days = measureLength(data, r)
    const end = data.d.permanent[r] === 1 || !Number.isFinite(days) ? Number.MAX_SAFE_INTEGER : start + days - 1
    const inside = countedSnapshots(data, a).filter((s) => (data.a.snapshotDay[s] ?? NO_DAY) >= start && (data.a.snapshotDay[s] ?? NO_DAY) <= end)
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
          evidence: [data.dispositions.ref(r), ss.ref(before), ss.ref(after)],
          period: month(start),
        }),
      )
      break
    }
  }
}

export const hypeFreeze: PlatformRule = (data, { params }, emit) => {
  const threshold = params.hypeDispositionThreshold
  const window = params.hypeWindowDays
  // only accounts disposed of for hype at least `threshold` times can qualify
  const hypeRows = new Map<number, number>()
  for (let r = 0; r < data.dispositions.length; r++) {
    if (data.d.violationType[r] !== HYPE) continue
    const a = data.dispositions.account[r] ?? 0
    hypeRows.set(a, (hypeRows.get(a) ?? 0) + 1)
  }
  for (const [a, n] of hypeRows) {
    if (n < threshold) continue
    const rows = Array.from(data.dispositions.of(a))
    // one violation usually draws several measures: count the days the account was disposed of for hype
    const days = [...new Set(rows.filter((r) => data.d.violationType[r] === HYPE).map((r) => data.d.violationDay[r] ?? NO_DAY))]
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
    const frozen = rows.some((r) => (data.d.measure[r] === M.followerFreeze || data.d.measure[r] === M.followerWipe) && measureStart(data, r) >= firstDay)
    if (frozen) continue
    const accountId = data.accountIds[a] ?? ''
    emit(
      finding('N10.hype-freeze', data.platformId, accountId, {
        accountId,
        holderKey: data.holderKey(a) || null,
        severity: 'medium',
        message: { key: 'rules.explain.hypeNoFreeze', params: { windowDays: window, count: inWindow.length, first: iso(firstDay), last: iso(lastDay) } },
        evidence: rows
          .filter((r) => data.d.violationType[r] === HYPE)
          .slice(0, 20)
          .map((r) => data.dispositions.ref(r)),
        period: month(lastDay),
      }),
    )
  }
}
