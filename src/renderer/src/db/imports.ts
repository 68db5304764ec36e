// Committing a staged import: the report, its packed segments, its row keys, the platform's account
// directory and the remembered header mapping, in one audited transaction — all of it or none of it. The
// segments are written in batches so that progress shows and a cancel between batches aborts the whole.
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import type { StagedReport } from '@shared/import/stage'
import { unpackSegment, type Segment } from '@shared/packing/columns'
import type { DirectoryChunk } from '@shared/packing/directory'
import type { ReportKeys } from './database'
import { UserError, type DataLayer } from './data-layer'
import { DERIVED_TABLES, startDirectory } from './derived'

export interface CommitMeta {
  periodStart: string
  periodEnd: string
  receivedOn: string
  importedBy: string
}

export interface CommitProgress {
  progress(done: number, total: number): void
  checkCancelled(): void
}

export interface CommitOptions {
  /** the staged report's own account directory, built while it was read (see DirectoryBuilder.merge);
   * without it the commit builds it from the rows */
  ownDirectory?: readonly DirectoryChunk[]
  now?: Date
}

const SEGMENTS_PER_BATCH = 20
/** batches written ahead before waiting for the oldest */
const BATCHES_IN_FLIGHT = 3

export async function commitStaged<K extends ReportKind>(
  data: DataLayer,
  staged: StagedReport<K>,
  meta: CommitMeta,
  ctx: CommitProgress = { progress: () => undefined, checkCancelled: () => undefined },
  options: CommitOptions = {},
): Promise<Report> {
  const now = options.now ?? new Date()
  const report: Report = {
    id: staged.reportId,
    platformId: staged.platformId,
    kind: staged.kind,
    periodStart: meta.periodStart,
    periodEnd: meta.periodEnd,
    receivedOn: meta.receivedOn,
    fileName: staged.fileName,
    sha256: staged.sha256,
    encoding: staged.encoding ?? staged.format,
    mapping: staged.mapping,
    counts: { rows: staged.rows, accepted: staged.accepted, rejected: staged.rejected, duplicates: staged.duplicates },
    stats: staged.stats,
    importedBy: meta.importedBy,
    importedAt: now.toISOString(),
    status: 'committed',
    segments: staged.segments.length,
  }
  const total = staged.accepted
  return data.write(
    { action: 'report.commit', entity: 'report', entityId: report.id, summary: report.fileName },
    ['reports', 'segments', 'importMappings', ...DERIVED_TABLES],
    async (tx) => {
      const same = (await tx.table('reports').where('sha256').equals(report.sha256).toArray()).find(
        (r) => r.platformId === report.platformId && r.status === 'committed',
      )
      if (same) throw new UserError({ key: 'validation.duplicateFile', params: { name: same.fileName } })
      // the stored directory is read before the rows are written: requests of a transaction are answered in
      // order, so a read issued after the writes would wait for all of them
      const directory = await startDirectory(tx, report.platformId)
      // The segments are written a few batches ahead: the store works on the writes in flight while this
      // thread serialises the next batch and adds the last one to the directory.
      const inFlight: { written: PromiseLike<unknown>; rows: number }[] = []
      let done = 0
      // waiting for the store lets the event loop turn, and so a cancel message in (Dexie.waitFor with
      // writes in flight would let the transaction commit under it); a cancel is acted on while writes are
      // still pending, so that it aborts the transaction rather than finding it committed
      const settleOldest = async () => {
        ctx.checkCancelled()
        const oldest = inFlight.shift()
        if (!oldest) return
        await oldest.written
        done += oldest.rows
        ctx.progress(done, total)
      }
      for (let at = 0; at < staged.segments.length; at += SEGMENTS_PER_BATCH) {
        ctx.checkCancelled()
        const batch = staged.segments.slice(at, at + SEGMENTS_PER_BATCH)
        // packed already: the store's middleware (./packed.ts) keeps packed text as it is
        const written = tx.bulkAddInFlight('segments', batch as readonly unknown[] as readonly Segment[])
        // a cancel aborts the transaction under the writes still in flight: their failure is expected
        Promise.resolve(written).catch(() => undefined)
        inFlight.push({ written, rows: batch.reduce((n, s) => n + s.count, 0) })
        if (!options.ownDirectory) for (const segment of batch) directory.add(unpackSegment(segment))
        if (inFlight.length > BATCHES_IN_FLIGHT) await settleOldest()
      }
      if (options.ownDirectory) directory.merge(report.kind, options.ownDirectory)
      while (inFlight.length > 0) await settleOldest()
      const keys = { reportId: report.id, platformId: report.platformId, kind: report.kind, keys: staged.keys }
      await tx.bulkAdd('reportKeys', [keys as unknown as ReportKeys])
      const accounts = await directory.finish()
      await tx.put('importMappings', { platformId: report.platformId, kind: report.kind, mapping: staged.mapping, updatedAt: report.importedAt })
      const stored: Report = { ...report, stats: { ...report.stats, accounts } }
      await tx.put('reports', stored)
      return stored
    },
  )
}

/** The mapping last confirmed for a platform and kind, if any. */
export async function rememberedMapping(data: DataLayer, platformId: string, kind: ReportKind): Promise<Record<string, string> | undefined> {
  return (await data.db.importMappings.get([platformId, kind]))?.mapping
}
