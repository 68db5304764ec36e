// Which article of the notice a requirement belongs to, and which articles the rule checks cover: the
// findings list groups by article and the scorecard has one column per covered article.
import { RULE_IDS, RULE_REQUIREMENT } from '../rules/types'

/** `N9.1` → `N9`; null for ids outside the notice's numbering (an office's `custom:…` items). */
export function articleOf(requirementId: string): string | null {
  const m = /^(N\d+)(?:\.|$)/.exec(requirementId)
  return m ? (m[1] ?? null) : null
}

/** `N9` → 9, for ordering; ids without a number sort last. */
export function articleNumber(articleId: string): number {
  const n = Number(articleId.slice(1))
  return Number.isInteger(n) && n > 0 ? n : Number.MAX_SAFE_INTEGER
}

export function byArticle(a: string, b: string): number {
  return articleNumber(a) - articleNumber(b) || a.localeCompare(b)
}

/** The articles at least one rule checks, in the notice's order (N2, N7, N8, N9, N10, N11, N12). */
export const RULED_ARTICLES: readonly string[] = [
  ...new Set(RULE_IDS.map((id) => articleOf(RULE_REQUIREMENT[id])).filter((a): a is string => a !== null)),
].sort(byArticle)
