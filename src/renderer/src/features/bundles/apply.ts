// Importing a verified bundle: the plan is made again against the store as it is now and must match the
// one the user decided on (else nothing is written: they decide again), then every record goes in ONE
// audited write (`bundle.import`). The audit entry holds each replaced record's before and after, so a
// local version the user chose to replace is never lost. Evidence goes first and inspections last: an
// inspection that arrives closed would otherwise lock out its own items, and leaves its findings.
import type { OpenedBundle } from '@shared/bundles/format'
import { planMerge, planSignature } from '@shared/bundles/merge'
import { resolvePlan, type Choice, type MergeSummary } from '@shared/bundles/resolve'
import type { DataLayer } from '@renderer/db/data-layer'
import { UserError } from '@renderer/db/data-layer'
import type { TaskContext } from '@renderer/lib/tasks'
import { chineseTranslator, storeFindings } from './findings'
import { readLocal } from './store'

const TABLES = ['platforms', 'catalogues', 'attachments', 'inspectionItems', 'inspections', 'findings'] as const

export interface ApplyOptions {
  fileName: string
  /** the signature of the plan the user saw */
  signature: string
  choices: ReadonlyMap<string, Choice>
  ctx?: TaskContext
}

const CHANGED = { key: 'bundles.import.changedMeanwhile' } as const

/** Who exported it and what it did, in Chinese, for the audit log (which is kept in Chinese). */
function auditSummary(bundle: OpenedBundle, fileName: string, s: MergeSummary): string {
  const by = bundle.manifest.exportedBy.name || '未署名'
  return `${fileName}（${by} 导出）：新增 ${s.added}，更新 ${s.updated}，无变化 ${s.unchanged}，保留本地 ${s.keptLocal}，冲突 ${s.conflicts}（采用数据包 ${s.tookIncoming}）`
}

/** What the import did: the merge's counts, and the findings its closed inspections left. */
export interface ImportSummary extends MergeSummary {
  findings: number
}

export async function applyBundle(data: DataLayer, bundle: OpenedBundle, options: ApplyOptions): Promise<ImportSummary> {
  const before = planMerge(bundle.data, await readLocal(data.db, bundle.data))
  if (planSignature(before) !== options.signature) throw new UserError(CHANGED)
  const { summary } = resolvePlan(before, options.choices)
  const zh = await chineseTranslator()
  const meta = { action: 'bundle.import', entity: 'bundle', entityId: bundle.manifestSha256, summary: auditSummary(bundle, options.fileName, summary) }

  return data.write(meta, TABLES, async (tx) => {
    // the same check inside the transaction: nothing can change between it and the writes
    const plan = planMerge(bundle.data, await readLocal(data.db, bundle.data))
    if (planSignature(plan) !== options.signature) throw new UserError(CHANGED)
    const { writes } = resolvePlan(plan, options.choices)
    const total = writes.platforms.length + writes.catalogues.length + writes.attachments.length + writes.items.length + writes.inspections.length
    let done = 0
    const step = () => {
      done++
      options.ctx?.progress(done, total, { key: 'bundles.import.phaseWriting' })
    }
    for (const p of writes.platforms) await tx.put('platforms', p).then(step)
    for (const c of writes.catalogues) await tx.put('catalogues', c).then(step)
    for (const a of writes.attachments) {
      const bytes = bundle.files.get(a.sha256)
      // verified on opening: every attachment's bytes are in the bundle
      if (!bytes) throw new Error(`bundle holds no bytes for ${a.sha256}`)
      await tx.put('attachments', { ...a, data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: a.type }) }).then(step)
    }
    for (const item of writes.items) await tx.put('inspectionItems', item).then(step)
    for (const inspection of writes.inspections) await tx.put('inspections', inspection).then(step)
    return { ...summary, findings: await storeFindings(tx, writes.inspections, zh) }
  })
}
