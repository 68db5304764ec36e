// The platform scorecard 平台评分: for each platform and each article the rules cover, the findings that
// stand (open or confirmed rule findings the data still shows) per thousand dispositions the platform
// reported, and a platform's findings month by month. Dispositions are counted from the reports' stats
// (kept at commit), never from the rows, so the scorecard costs the same for a million rows as for ten.
import type { Finding } from '../domain/findings'
import type { Report } from '../domain/report'
import { articleOf, RULED_ARTICLES } from './articles'

/** Months `YYYY-MM`, inclusive at both ends; null leaves that end open. */
export interface MonthRange {
  from: string | null
  to: string | null
}

export const ALL_MONTHS: MonthRange = { from: null, to: null }

export function inRange(month: string, range: MonthRange): boolean {
  return (range.from === null || month >= range.from) && (range.to === null || month <= range.to)
}

/** A finding the scorecard counts: from a rule, not dismissed or done with, and still shown by the data. */
export function standing(f: Finding): boolean {
  // report-quality findings (Q.*) say how a report was made, not which duty was missed: not counted here
  return f.source === 'rule' && !f.rule.startsWith('Q.') && (f.status === 'open' || f.status === 'confirmed') && !f.stale
}

export interface ScoreCell {
  count: number
  /** findings per thousand dispositions; null when the platform reported no dispositions in the range */
  rate: number | null
}

export interface ScoreRow {
  platformId: string
  platformName: string
  dispositions: number
  total: ScoreCell
  byArticle: Record<string, ScoreCell>
}

export interface Scorecard {
  articles: readonly string[]
  /** worst total rate first */
  rows: ScoreRow[]
  /** the highest article-cell rate, which the heat colours scale against (0 when there is none) */
  maxRate: number
}

export interface ScorePlatform {
  id: string
  name: string
  archived?: boolean
}

function cell(count: number, dispositions: number): ScoreCell {
  return { count, rate: dispositions > 0 ? (count * 1000) / dispositions : null }
}

/** Dispositions per platform in the range, from committed dispositions reports' monthly counts. */
export function dispositionsByPlatform(reports: readonly Report[], range: MonthRange = ALL_MONTHS): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of reports) {
    if (r.status !== 'committed' || r.kind !== 'dispositions') continue
    let n = 0
    for (const [month, count] of Object.entries(r.stats.byMonth)) if (inRange(month, range)) n += count
    out.set(r.platformId, (out.get(r.platformId) ?? 0) + n)
  }
  return out
}

const byRateDesc = (a: ScoreRow, b: ScoreRow) =>
  (b.total.rate ?? -1) - (a.total.rate ?? -1) || b.total.count - a.total.count || a.platformName.localeCompare(b.platformName, 'zh-CN')

/**
 * The scorecard over the platforms that have committed reports or standing findings (archived platforms
 * left out). Findings count by their period; a finding on an article outside `articles` counts in the total
 * only.
 */
export function buildScorecard(
  platforms: readonly ScorePlatform[],
  reports: readonly Report[],
  findings: readonly Finding[],
  range: MonthRange = ALL_MONTHS,
  articles: readonly string[] = RULED_ARTICLES,
): Scorecard {
  const dispositions = dispositionsByPlatform(reports, range)
  const reporting = new Set(reports.filter((r) => r.status === 'committed').map((r) => r.platformId))
  const counts = new Map<string, Map<string, number>>()
  for (const f of findings) {
    if (!standing(f) || !inRange(f.period, range)) continue
    const perArticle = counts.get(f.platformId) ?? new Map<string, number>()
    const article = articleOf(f.requirementId) ?? ''
    perArticle.set(article, (perArticle.get(article) ?? 0) + 1)
    counts.set(f.platformId, perArticle)
  }
  let maxRate = 0
  const rows: ScoreRow[] = []
  for (const p of platforms) {
    if (p.archived === true || (!reporting.has(p.id) && !counts.has(p.id))) continue
    const own = counts.get(p.id) ?? new Map<string, number>()
    const n = dispositions.get(p.id) ?? 0
    const byArticle: Record<string, ScoreCell> = {}
    for (const a of articles) {
      const c = cell(own.get(a) ?? 0, n)
      byArticle[a] = c
      if (c.rate !== null && c.rate > maxRate) maxRate = c.rate
    }
    const total = [...own.values()].reduce((sum, k) => sum + k, 0)
    rows.push({ platformId: p.id, platformName: p.name, dispositions: n, total: cell(total, n), byArticle })
  }
  return { articles, rows: rows.sort(byRateDesc), maxRate }
}

/** Heat level 0–4 of a rate against the table's highest: 0 for none, 1–4 in quarters of the highest. */
export function heatLevel(rate: number | null, maxRate: number): 0 | 1 | 2 | 3 | 4 {
  if (rate === null || rate <= 0 || maxRate <= 0) return 0
  return Math.min(4, Math.max(1, Math.ceil((rate / maxRate) * 4))) as 1 | 2 | 3 | 4
}

/** Every month from `from` to `to` inclusive (`YYYY-MM`); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month)
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

export interface TrendPoint {
  month: string
  /** standing findings per article that month */
  counts: Record<string, number>
  total: number
  dispositions: number
}

/**
 * One platform's standing findings per month and article, over every month from its first to its last
 * month with dispositions or findings (within the range), so that a month without findings shows as 0.
 */
export function monthlyTrend(
  reports: readonly Report[],
  findings: readonly Finding[],
  platformId: string,
  range: MonthRange = ALL_MONTHS,
  articles: readonly string[] = RULED_ARTICLES,
): TrendPoint[] {
  const dispositions = new Map<string, number>()
  for (const r of reports) {
    if (r.platformId !== platformId || r.status !== 'committed' || r.kind !== 'dispositions') continue
    for (const [month, n] of Object.entries(r.stats.byMonth)) if (inRange(month, range)) dispositions.set(month, (dispositions.get(month) ?? 0) + n)
  }
  const own = findings.filter((f) => f.platformId === platformId && standing(f) && inRange(f.period, range))
  const months = [...dispositions.keys(), ...own.map((f) => f.period)].sort()
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) return []
  const points = new Map(
    monthsBetween(first, last).map((month) => [month, { month, counts: Object.fromEntries(articles.map((a) => [a, 0])), total: 0, dispositions: dispositions.get(month) ?? 0 }]),
  )
  for (const f of own) {
    const point = points.get(f.period)
    if (!point) continue
    point.total++
    const article = articleOf(f.requirementId)
    if (article !== null && article in point.counts) point.counts[article] = (point.counts[article] ?? 0) + 1
  }
  return [...points.values()]
}
