// Replacing earlier rule findings with a new run's, without losing what users decided: a finding found again
// keeps its status and decision; one no longer found is dropped, unless someone decided about it — then it
// is kept and marked stale, so the decision and its reason stay on record.
import type { Finding } from '../domain/findings'
import type { Message } from '../i18n'
import type { RuleFinding } from './types'

export interface MergeResult {
  put: Finding[]
  remove: string[]
  counts: { added: number; kept: number; stale: number; removed: number }
}

/**
 * `existing` are the stored rule findings in the run's scope (its platforms, and every cross-platform
 * finding); `explain` renders a message in Chinese.
 */
export function mergeRuleFindings(existing: readonly Finding[], fresh: readonly RuleFinding[], explain: (m: Message) => string, now: string): MergeResult {
  const before = new Map(existing.map((f) => [f.id, f]))
  const put: Finding[] = []
  const seen = new Set<string>()
  let added = 0
  let kept = 0
  for (const f of fresh) {
    if (seen.has(f.id)) continue
    seen.add(f.id)
    const old = before.get(f.id)
    if (old) kept++
    else added++
    put.push({
      id: f.id,
      source: 'rule',
      rule: f.rule,
      requirementId: f.requirementId,
      platformId: f.platformId,
      accountId: f.accountId,
      holderKey: f.holderKey,
      severity: f.severity,
      message: f.message,
      explanation: explain(f.message),
      evidence: f.evidence,
      status: old?.status ?? 'open',
      decision: old?.decision ?? null,
      stale: false,
      inspectionId: null,
      period: f.period,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    })
  }
  const remove: string[] = []
  let stale = 0
  for (const old of existing) {
    if (seen.has(old.id)) continue
    if (old.decision !== null || old.status === 'rectifying' || old.status === 'closed') {
      stale++
      if (!old.stale) put.push({ ...old, stale: true, updatedAt: now })
    } else remove.push(old.id)
  }
  return { put, remove, counts: { added, kept, stale, removed: remove.length } }
}
