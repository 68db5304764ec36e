// The cross-platform 矩阵 pattern of articles 7 and 12, which only the office can see: the same holder
// disposed of on two or more platforms with violations close together.
import { NO_DAY, iso, month } from './codes'
import type { PlatformData } from './dataset'
import { finding, type RuleContext, type RuleFinding } from './types'

interface Hit {
  platform: number
  day: number
  ref: string
}

export function crossPlatform(platforms: readonly PlatformData[], { params }: RuleContext, emit: (f: RuleFinding) => void): void {
  const window = params.crossPlatformWindowDays
  // first the holders disposed of on two or more platforms; only theirs are collected day by day
  const platformsOf = new Map<string, Set<number>>()
  platforms.forEach((data, p) => {
    for (let a = 0; a < data.accountCount; a++) {
      const holder = data.holderKey(a)
      if (holder === '' || data.dispositions.first(a) === data.dispositions.last(a)) continue
      const set = platformsOf.get(holder) ?? new Set<number>()
      set.add(p)
      platformsOf.set(holder, set)
    }
  })
  const byHolder = new Map<string, Hit[]>()
  platforms.forEach((data, p) => {
    for (let a = 0; a < data.accountCount; a++) {
      const holder = data.holderKey(a)
      if (holder === '' || (platformsOf.get(holder)?.size ?? 0) < 2) continue
      const hits = byHolder.get(holder) ?? []
      byHolder.set(holder, hits)
      for (const r of data.dispositions.of(a)) {
        const day = data.d.violationDay[r] ?? NO_DAY
        if (day !== NO_DAY) hits.push({ platform: p, day, ref: data.dispositions.ref(r) })
      }
    }
  })
  for (const [holder, hits] of byHolder) {
    hits.sort((x, y) => x.day - y.day)
    // the closest pair of violations on different platforms
    let best: [Hit, Hit] | null = null
    const last = new Map<number, Hit>()
    for (const h of hits) {
      for (const [p, other] of last) {
        if (p === h.platform) continue
        if (h.day - other.day <= window && (!best || h.day - other.day < best[1].day - best[0].day)) best = [other, h]
      }
      last.set(h.platform, h)
    }
    if (!best) continue
    const [first, second] = best
    const involved = [...new Set(hits.filter((h) => Math.abs(h.day - first.day) <= window || Math.abs(h.day - second.day) <= window).map((h) => h.platform))]
    const names = involved.map((p) => platforms[p]?.platformName ?? '').join('、')
    const anchorPlatform = platforms[first.platform]
    if (!anchorPlatform) continue
    emit(
      finding('X.cross-platform', anchorPlatform.platformId, holder, {
        accountId: null,
        holderKey: holder,
        severity: 'high',
        message: { key: 'rules.explain.crossPlatform', params: { platforms: names, gap: second.day - first.day, first: iso(first.day), second: iso(second.day) } },
        evidence: [first.ref, second.ref],
        period: month(second.day),
      }),
    )
  }
}
