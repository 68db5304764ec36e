// Committing a staged import: the report, its packed segments, its row keys, the platform's account
// directory and the remembered header mapping, in one audited transaction — all of it or none of it. The
// segments are written in batches so that progress shows and a cancel between batches aborts the whole.
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import type { StagedReport } from '@shared/import/stage'
import { Dexie } from 'dexie'
import { nextTurn } from '@renderer/lib/next-turn'
import { UserError, type DataLayer } from './data-layer'
import { DERIVED_TABLES, extendDirectory } from './derived'

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

const SEGMENTS_PER_BATCH = 20

export async function commitStaged<K extends ReportKind>(
  data: DataLayer,
  staged: StagedReport<K>,
  meta: CommitMeta,
  ctx: CommitProgress = { progress: () => undefined, checkCancelled: () => undefined },
  now: Date = new Date(),
): Promise<Report> {
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
      let done = 0
      for (let at = 0; at < staged.segments.length; at += SEGMENTS_PER_BATCH) {
        ctx.checkCancelled()
        const batch = staged.segments.slice(at, at + SEGMENTS_PER_BATCH)
        await tx.bulkAdd('segments', batch)
        done += batch.reduce((n, s) => n + s.count, 0)
        ctx.progress(done, total)
        // let a cancel message in; Dexie keeps the transaction alive meanwhile
        await Dexie.waitFor(nextTurn())
      }
      ctx.checkCancelled()
      await tx.bulkAdd('reportKeys', [{ reportId: report.id, platformId: report.platformId, kind: report.kind, keys: staged.keys }])
      const accounts = await extendDirectory(tx, report.platformId, staged.segments)
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
