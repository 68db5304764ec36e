// Data derived from the stored rows and kept beside them: each report's row keys and each platform's
// account directory. Written inside the same transaction as the rows they derive from.
import type { ReportKind } from '@shared/domain/records'
import { rowKey } from '@shared/import/rows'
import { unpackRow, type Segment } from '@shared/packing/columns'
import { DirectoryBuilder, type DirectoryChunk } from '@shared/packing/directory'
import type { DeskDatabase } from './database'
import type { WriteTx } from './data-layer'

/** Tables the derived data lives in; writes that store or remove rows must include them. */
export const DERIVED_TABLES = ['reportKeys', 'accountDirectory'] as const

/** The natural keys of a report's rows, in row order. */
export function segmentKeys(segments: readonly Segment[]): string[] {
  const keys: string[] = []
  for (const segment of segments) for (let i = 0; i < segment.count; i++) keys.push(rowKey(segment.kind, unpackRow(segment, i)))
  return keys
}

/** The keys of every committed row of a platform and kind: what a new import is checked against. */
export async function storedKeys(db: DeskDatabase, platformId: string, kind: ReportKind): Promise<Set<string>> {
  const records = await db.reportKeys.where('[platformId+kind]').equals([platformId, kind]).toArray()
  const out = new Set<string>()
  for (const r of records) for (const k of r.keys) out.add(k)
  return out
}

/** A platform's directory being extended by the segments of one commit: started from the stored
 * directory, added to segment by segment, and written back by `finish`, which returns how many distinct
 * accounts the added segments name. */
export async function startDirectory(
  tx: WriteTx,
  platformId: string,
): Promise<{ add(segment: Segment): void; merge(kind: ReportKind, own: readonly DirectoryChunk[]): void; finish(): Promise<number> }> {
  const stored = await tx.table('accountDirectory').where('platformId').equals(platformId).toArray()
  const builder = DirectoryBuilder.from(platformId, stored)
  builder.beginBatch()
  return {
    add: (segment) => builder.add(segment),
    merge: (kind, own) => builder.merge(kind, own),
    finish: async () => {
      await replaceDirectory(tx, stored, builder.finish())
      return builder.touched
    },
  }
}

/** Adds segments to a platform's directory (the new ones only: the stored directory is the start).
 * Returns how many distinct accounts the segments name. */
export async function extendDirectory(tx: WriteTx, platformId: string, segments: readonly Segment[]): Promise<number> {
  const directory = await startDirectory(tx, platformId)
  for (const segment of segments) directory.add(segment)
  return directory.finish()
}

/** Rebuilds a platform's directory from all its committed segments, in commit order (after a rollback). */
export async function rebuildDirectory(tx: WriteTx, platformId: string): Promise<void> {
  const reports = (await tx.table('reports').where('platformId').equals(platformId).toArray())
    .filter((r) => r.status === 'committed')
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
  const builder = new DirectoryBuilder(platformId)
  for (const report of reports) {
    const segments = await tx.table('segments').where('reportId').equals(report.id).sortBy('seq')
    for (const segment of segments) builder.add(segment)
  }
  const stored = await tx.table('accountDirectory').where('platformId').equals(platformId).toArray()
  await replaceDirectory(tx, stored, builder.finish())
}

async function replaceDirectory(tx: WriteTx, stored: readonly DirectoryChunk[], chunks: DirectoryChunk[]): Promise<void> {
  const ids = new Set(chunks.map((c) => c.id))
  const stale = stored.filter((c) => !ids.has(c.id)).map((c) => c.id)
  if (stale.length > 0) await tx.bulkDelete('accountDirectory', stale)
  if (chunks.length > 0) await tx.bulkPut('accountDirectory', chunks)
}
