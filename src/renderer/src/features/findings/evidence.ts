// Turning a finding's evidence references back into records: `segmentId#index` → the row, its report and
// its line in the source file; a bare report id → the report. A row whose segment is gone (its report was
// rolled back) is missing, with the report it came from when that is still on record.
import type { ReportKind, RowsByKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import { unpackRow } from '@shared/packing/columns'
import type { DeskDatabase } from '@renderer/db/database'

export type EvidenceItem =
  | { ref: string; type: 'row'; kind: ReportKind; row: RowsByKind[ReportKind]; report: Report | null; sourceRow: number }
  | { ref: string; type: 'report'; report: Report }
  | { ref: string; type: 'missing'; report: Report | null }

/** A segment id is `${reportId}:${seq}` (see segmentId in @shared/packing/columns). */
function reportIdOf(segmentId: string): string {
  const cut = segmentId.lastIndexOf(':')
  return cut === -1 ? segmentId : segmentId.slice(0, cut)
}

export async function resolveEvidence(db: DeskDatabase, refs: readonly string[]): Promise<EvidenceItem[]> {
  const segmentIds = [...new Set(refs.filter((r) => r.includes('#')).map((r) => r.split('#')[0] ?? ''))]
  const segments = new Map((await db.segments.bulkGet(segmentIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])))
  const reportIds = [...new Set([...refs.filter((r) => !r.includes('#')), ...[...segments.values()].map((s) => s.reportId), ...segmentIds.map(reportIdOf)])]
  const reports = new Map((await db.reports.bulkGet(reportIds)).flatMap((r) => (r ? [[r.id, r] as const] : [])))
  return refs.map((ref): EvidenceItem => {
    const [segmentId, index] = ref.split('#')
    if (index === undefined) {
      const report = reports.get(ref)
      return report ? { ref, type: 'report', report } : { ref, type: 'missing', report: null }
    }
    const segment = segments.get(segmentId ?? '')
    const i = Number(index)
    if (!segment || !(i >= 0 && i < segment.count)) return { ref, type: 'missing', report: reports.get(segment?.reportId ?? reportIdOf(segmentId ?? '')) ?? null }
    return { ref, type: 'row', kind: segment.kind, row: unpackRow(segment, i), report: reports.get(segment.reportId) ?? null, sourceRow: segment.sourceRows[i] ?? 0 }
  })
}
