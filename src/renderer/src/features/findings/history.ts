// A finding's decision history, read from the audit log rather than kept on the finding: the finding holds
// only its current decision, while every confirm, dismiss and reopen is an audited write that records the
// finding after the change — who, when, and the reason given.
import type { AuditEntry } from '@shared/audit/chain'
import type { Finding, FindingDecision } from '@shared/domain/findings'

export type HistoryKind = 'found' | 'confirm' | 'dismiss' | 'reopen'

export interface HistoryEvent {
  kind: HistoryKind
  /** empty when nobody is named (a rule run, or an actor not set) */
  actor: string
  at: string
  reason: string
}

const ACTIONS: Record<string, HistoryKind> = { 'finding.confirm': 'confirm', 'finding.dismiss': 'dismiss', 'finding.reopen': 'reopen' }

function decisionAfter(entry: AuditEntry): FindingDecision | null {
  for (const change of entry.changes) {
    if ('bulk' in change || change.table !== 'findings') continue
    const after = change.after as { decision?: FindingDecision | null } | null
    return after?.decision ?? null
  }
  return null
}

/** Oldest first: when the rules found it, then each decision in the order it was made. */
export function decisionHistory(finding: Finding, entries: readonly AuditEntry[]): HistoryEvent[] {
  const events: HistoryEvent[] = finding.source === 'rule' ? [{ kind: 'found', actor: '', at: finding.createdAt, reason: '' }] : []
  const decisions = entries
    .filter((e) => e.entity === 'finding' && e.entityId === finding.id && e.action in ACTIONS)
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.at.localeCompare(b.at))
  for (const e of decisions) {
    const kind = ACTIONS[e.action]
    if (kind) events.push({ kind, actor: e.actor.name, at: e.at, reason: kind === 'reopen' ? '' : (decisionAfter(e)?.reason ?? '') })
  }
  // a decision the log does not hold (e.g. a store restored without its log) is still shown
  if (decisions.length === 0 && finding.decision) {
    const d = finding.decision
    events.push({ kind: d.status === 'confirmed' ? 'confirm' : 'dismiss', actor: d.by, at: d.at, reason: d.reason })
  }
  return events
}
