// The findings a closed inspection leaves, for inspections that arrive closed in a bundle: the same
// findings acceptance makes at the desk that closed it (same ids, derived from the items), so 问题清单 at
// the office lists them too. A finding already on record keeps what users decided about it.
import type { Inspection } from '@shared/domain/findings'
import { createTranslator, type Message } from '@shared/i18n'
import { inspectionFindings } from '@shared/inspections/findings'
import { canonicalJson } from '@shared/util/hash'
import type { WriteTx } from '@renderer/db/data-layer'

export type Chinese = (m: Message) => string

/** Renders messages in Chinese (findings keep their explanation as written). Made before a write: a
 * store transaction must not wait on i18next. */
export async function chineseTranslator(): Promise<Chinese> {
  const i18n = await createTranslator('zh-CN')
  return (m) => i18n.t(m.key, m.params)
}

/** Stores the findings of the closed inspections among `written` (their items already written); returns
 * how many were added or changed. */
export async function storeFindings(tx: WriteTx, written: readonly Inspection[], zh: Chinese): Promise<number> {
  let changed = 0
  for (const inspection of written) {
    if (inspection.status !== 'closed') continue
    const items = await tx.table('inspectionItems').where('inspectionId').equals(inspection.id).toArray()
    for (const fresh of inspectionFindings(inspection, items, zh, inspection.closedAt ?? inspection.updatedAt)) {
      const earlier = await tx.get('findings', fresh.id)
      const finding = earlier ? { ...fresh, status: earlier.status, decision: earlier.decision, createdAt: earlier.createdAt, updatedAt: earlier.updatedAt } : fresh
      if (earlier && canonicalJson(earlier) === canonicalJson(finding)) continue
      await tx.put('findings', finding)
      changed++
    }
  }
  return changed
}
