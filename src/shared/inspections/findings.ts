// The findings an accepted inspection leaves: each non-compliant item (high) and each partially compliant
// one (medium) becomes a finding on 问题清单, beside the rule checks' own. Its id is derived from the item,
// so deriving twice gives the same finding; its explanation is written in Chinese at the time (it goes into
// rectification orders and the record), from the item's text and the inspector's notes.
import type { Finding, Inspection, InspectionItem, ItemResult, Severity } from '../domain/findings'
import type { Message } from '../i18n'
import { monthOf } from '../util/dates'
import { byChecklistOrder } from './checklist'

export const INSPECTION_RULE = 'inspection'

const SEVERITY: Partial<Record<ItemResult, Severity>> = { nonCompliant: 'high', partial: 'medium' }

/** The text as a sentence: an office's own item may lack the full stop the notice's clauses end with. */
function sentence(text: string): string {
  const t = text.trim()
  return /[。！？；.!?;]$/.test(t) ? t : `${t}。`
}

export function findingId(itemId: string): string {
  return `insp-${itemId}`
}

/** What an accepted inspection's item becomes, or null when it was compliant, not applicable or unassessed. */
export function findingSeverity(result: ItemResult): Severity | null {
  return SEVERITY[result] ?? null
}

/**
 * The findings of an inspection, in checklist order. `zh` renders a message in Chinese (a translator made
 * before the write: i18next is asynchronous, a store transaction must not wait on it). The period is the
 * month the inspection was planned to start in: when the platform was seen as it was.
 */
export function inspectionFindings(inspection: Inspection, items: readonly InspectionItem[], zh: (m: Message) => string, at: string): Finding[] {
  const out: Finding[] = []
  for (const item of [...items].sort(byChecklistOrder)) {
    const severity = findingSeverity(item.result)
    if (severity === null) continue
    const notes = item.notes.trim()
    const params = { text: sentence(item.text), result: zh({ key: `inspections.result.${item.result}` }), notes }
    out.push({
      id: findingId(item.id),
      source: 'inspection',
      rule: INSPECTION_RULE,
      requirementId: item.requirementId,
      platformId: inspection.platformId,
      accountId: null,
      holderKey: null,
      severity,
      message: null,
      explanation: zh({ key: notes === '' ? 'inspections.finding.explanation' : 'inspections.finding.explanationNotes', params }),
      evidence: [item.id, ...item.attachmentIds],
      status: 'open',
      decision: null,
      stale: false,
      inspectionId: inspection.id,
      period: monthOf(inspection.plannedStart),
      createdAt: at,
      updatedAt: at,
    })
  }
  return out
}
