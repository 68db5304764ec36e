// Turning a finding's evidence references back into records: `segmentId#index` → the row, its report and
// its line in the source file; a bare report id → the report.
import type { ReportKind, RowsByKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import { unpackRow } from '@shared/packing/columns'
import type { DeskDatabase } from '@renderer/db/database'

export type EvidenceItem =
  | { ref: string; type: 'row'; kind: ReportKind; row: RowsByKind[ReportKind]; report: Report | null; sourceRow: number }
  | { ref: string; type: 'report'; report: Report }
  | { ref: string; type: 'missing' }

export async function resolveEvidence(db: DeskDatabase, refs: readonly string[]): Promise<EvidenceItem[]> {
  const segmentIds = [...new Set(refs.filter((r) => r.includes('#')).map((r) => r.split('#')[0] ?? ''))]
  const segments = new Map((await db.segments.bulkGet(segmentIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])))
  const reportIds = [...new Set([...refs.filter((r) => !r.includes('#')), ...[...segments.values()].map((s) => s.reportId)])]
  const reports = new Map((await db.reports.bulkGet(reportIds)).flatMap((r) => (r ? [[r.id, r] as const] : [])))
  return refs.map((ref): EvidenceItem => {
    const [segmentId, index] = ref.split('#')
    if (index === undefined) {
      const report = reports.get(ref)
      return report ? { ref, type: 'report', report } : { ref, type: 'missing' }
    }
    const segment = segments.get(segmentId ?? '')
    const i = Number(index)
    if (!segment || !(i >= 0 && i < segment.count)) return { ref, type: 'missing' }
    return { ref, type: 'row', kind: segment.kind, row: unpackRow(segment, i), report: reports.get(segment.reportId) ?? null, sourceRow: segment.sourceRows[i] ?? 0 }
  })
}
