// Progress and scores of a checklist as it fills.
//
// Scoring: each assessed item earns points — compliant 1, partially compliant 0.5, non-compliant 0 — and a
// score is the mean of those points as a percentage (0–100, one decimal). Items marked not applicable are
// left out (they are not a duty of this platform), and so are items not yet assessed (a half-filled checklist
// scores what has been seen, and progress says how much that is). A group with nothing scored has no score
// (null), which is not the same as 0.
import type { InspectionItem, ItemResult } from '../domain/findings'
import { byArticle } from '../scorecard/articles'

export const ITEM_RESULTS: readonly ItemResult[] = ['compliant', 'partial', 'nonCompliant', 'notApplicable', 'notAssessed']

/** Points per result; null: not counted. */
export const RESULT_POINTS: Readonly<Record<ItemResult, number | null>> = {
  compliant: 1,
  partial: 0.5,
  nonCompliant: 0,
  notApplicable: null,
  notAssessed: null,
}

export type Tally = Record<ItemResult, number>

export interface Score {
  tally: Tally
  total: number
  /** 0–100 with one decimal, or null when no item counts */
  score: number | null
}

export interface ArticleScore extends Score {
  articleId: string
}

function emptyTally(): Tally {
  return { compliant: 0, partial: 0, nonCompliant: 0, notApplicable: 0, notAssessed: 0 }
}

export function scoreOf(items: readonly Pick<InspectionItem, 'result'>[]): Score {
  const tally = emptyTally()
  let points = 0
  let counted = 0
  for (const item of items) {
    tally[item.result]++
    const p = RESULT_POINTS[item.result]
    if (p !== null) {
      points += p
      counted++
    }
  }
  return { tally, total: items.length, score: counted === 0 ? null : Math.round((points / counted) * 1000) / 10 }
}

/** One score per article, in the notice's order (the office's own article last). */
export function articleScores(items: readonly Pick<InspectionItem, 'result' | 'articleId'>[]): ArticleScore[] {
  const byId = new Map<string, Pick<InspectionItem, 'result'>[]>()
  for (const item of items) byId.set(item.articleId, [...(byId.get(item.articleId) ?? []), item])
  return [...byId.keys()].sort(byArticle).map((articleId) => ({ articleId, ...scoreOf(byId.get(articleId) ?? []) }))
}

export interface Progress {
  /** items with any result but "not assessed" (not applicable is an assessment) */
  assessed: number
  total: number
}

export function progressOf(items: readonly Pick<InspectionItem, 'result'>[]): Progress {
  return { assessed: items.filter((i) => i.result !== 'notAssessed').length, total: items.length }
}
