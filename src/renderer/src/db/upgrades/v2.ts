// Upgrade to v2: derive each committed report's row keys and each platform's account directory from the
// segments already stored. It reads the stores raw (a migration must not go through today's data layer),
// using the packing code that wrote those segments.
import type { Transaction } from 'dexie'
import type { Report } from '@shared/domain/report'
import type { Segment } from '@shared/packing/columns'
import { DirectoryBuilder } from '@shared/packing/directory'
import { segmentKeys } from '../derived'

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const reports = ((await tx.table('reports').toArray()) as Report[])
    .filter((r) => r.status === 'committed')
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
  const builders = new Map<string, DirectoryBuilder>()
  for (const report of reports) {
    const segments = (await tx.table('segments').where('reportId').equals(report.id).sortBy('seq')) as Segment[]
    await tx.table('reportKeys').add({ reportId: report.id, platformId: report.platformId, kind: report.kind, keys: segmentKeys(segments) })
    const builder = builders.get(report.platformId) ?? new DirectoryBuilder(report.platformId)
    builders.set(report.platformId, builder)
    for (const segment of segments) builder.add(segment)
  }
  for (const builder of builders.values()) await tx.table('accountDirectory').bulkAdd(builder.finish())
}
