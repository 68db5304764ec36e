// What acceptance writes besides the closed inspection: its findings, stored with the inspection's own
// write. A finding already on record under the same id (an earlier copy brought back in a bundle) keeps
// what users decided about it and when it was first found.
import type { Finding, Inspection, InspectionItem } from '@shared/domain/findings'
import { createTranslator, type Message } from '@shared/i18n'
import { inspectionFindings } from '@shared/inspections/findings'
import type { WriteTx } from '@renderer/db/data-layer'

let chinese: Promise<(m: Message) => string> | null = null

/** Renders messages in Chinese, for the explanation stored with each finding. */
export function zhTranslator(): Promise<(m: Message) => string> {
  chinese ??= createTranslator('zh-CN').then((i18n) => (m: Message) => i18n.t(m.key, m.params))
  return chinese
}

export async function acceptedFindings(tx: WriteTx, inspection: Inspection, items: readonly InspectionItem[], zh: (m: Message) => string, at: string): Promise<Finding[]> {
  const out: Finding[] = []
  for (const fresh of inspectionFindings(inspection, items, zh, at)) {
    const earlier = await tx.get('findings', fresh.id)
    const finding: Finding = earlier ? { ...fresh, status: earlier.status, decision: earlier.decision, createdAt: earlier.createdAt } : fresh
    await tx.put('findings', finding)
    out.push(finding)
  }
  return out
}
