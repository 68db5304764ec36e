// The bundle worker: packs exports, opens and verifies bundles, plans and applies merges, off the window's
// thread. One worker per export or per import; an import's worker keeps the verified bundle (with its
// evidence bytes) between `open` and `apply`, so those bytes never cross to the window.
import type { OpenedBundle } from '@shared/bundles/format'
import { planMerge, planSignature } from '@shared/bundles/merge'
import { packBundle } from '@shared/bundles/pack'
import { unpackBundle } from '@shared/bundles/unpack'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { webSha256 } from '@renderer/lib/digest'
import { serveSession, type TaskContext } from '@renderer/lib/tasks'
import { applyBundle } from './apply'
import type { BundleCalls, ImportPreview } from './protocol'
import { formatSize } from './size'
import { attachmentNames, collectBundle, readLocal } from './store'

let opened: { bundle: OpenedBundle; fileName: string } | null = null

async function withDb<R>(name: string, fn: (db: DeskDatabase) => Promise<R>): Promise<R> {
  const db = new DeskDatabase(name)
  await db.open()
  try {
    return await fn(db)
  } finally {
    db.close()
  }
}

const byteProgress = (ctx: TaskContext, phase: 'bundles.export.phaseHashing' | 'bundles.import.phaseVerifying') => (done: number, total: number) => {
  ctx.checkCancelled()
  ctx.progress(done, total, { key: phase }, { key: 'common.progress', params: { done: formatSize(done), total: formatSize(total) } })
}

serveSession<BundleCalls>({
  export: (payload, ctx) =>
    withDb(payload.dbName, async (db) => {
      ctx.progress(0, 1, { key: 'bundles.export.phaseReading' })
      const { data, files } = await collectBundle(db, payload.inspectionIds)
      ctx.checkCancelled()
      const packed = await packBundle({
        data,
        files,
        exportedBy: payload.actor,
        exportedAt: payload.exportedAt,
        appVersion: payload.appVersion,
        hash: webSha256,
        onProgress: byteProgress(ctx, 'bundles.export.phaseHashing'),
      })
      ctx.progress(1, 1, { key: 'bundles.export.phaseZipping' })
      return { bytes: packed.bytes, manifestSha256: packed.manifestSha256, inspections: data.inspections.length, files: files.size }
    }),

  open: async (payload, ctx) => {
    opened = null
    ctx.progress(0, 1, { key: 'bundles.import.phaseReading' })
    const bytes = new Uint8Array(await payload.file.arrayBuffer())
    ctx.checkCancelled()
    const result = await unpackBundle(bytes, { hash: webSha256, onProgress: byteProgress(ctx, 'bundles.import.phaseVerifying') })
    if (!result.ok) return result
    const { bundle } = result
    ctx.progress(0, 1, { key: 'bundles.import.phasePlanning' })
    return withDb(payload.dbName, async (db) => {
      const plan = planMerge(bundle.data, await readLocal(db, bundle.data))
      const names: Record<string, string> = Object.fromEntries(bundle.data.attachments.map((a) => [a.id, a.name]))
      const cited = plan.items.flatMap((e) => (e.action === 'conflict' && e.local ? e.local.attachmentIds : []))
      const preview: ImportPreview = {
        fileName: payload.file.name,
        fileSize: bytes.length,
        manifest: bundle.manifest,
        manifestSha256: bundle.manifestSha256,
        plan,
        signature: planSignature(plan),
        attachmentNames: { ...(await attachmentNames(db, cited)), ...names },
      }
      opened = { bundle, fileName: payload.file.name }
      return { ok: true as const, preview }
    })
  },

  apply: (payload, ctx) => {
    const current = opened
    if (!current) return Promise.reject(new Error('no bundle open'))
    return withDb(payload.dbName, (db) => {
      const data = new DataLayer(db, () => payload.actor)
      return applyBundle(data, current.bundle, { fileName: current.fileName, signature: payload.signature, choices: new Map(payload.choices), ctx })
    })
  },
})
