// Builders for rule tests: rows with sensible defaults, packed the way the store packs them.
import type { AccountSnapshot, Disposition, EarningsChange, ReportKind, RowsByKind } from '../domain/records'
import type { Report } from '../domain/report'
import { packSegments, type Segment } from '../packing/columns'
import { computeStats } from '../packing/stats'
import type { PlatformInput } from './run'

export function disposition(accountId: string, fields: Partial<Disposition> = {}): Disposition {
  return {
    platformId: 'p', dispositionId: `${accountId}-${fields.measure ?? 'warning'}-${fields.violationDate ?? '2026-07-01'}-${fields.measureStart ?? ''}`,
    accountId, accountName: '', violationType: 'rumour', violationDate: '2026-07-01', measure: 'warning', measureStart: null,
    measureDays: null, measureEnd: null, permanent: false, followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
    ...fields,
  }
}

export function snapshot(accountId: string, fields: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    platformId: 'p', accountId, accountName: '', holderType: 'person', holderKey: `h-${accountId}`, mcn: '', followers: null,
    field: '其他', credentialStatus: null, credentialExpiry: null, earningsEnabled: null, entityChangedOn: null, status: 'normal',
    registeredOn: '2024-01-01', snapshotDate: '2026-09-30', ...fields,
  }
}

export function earnings(accountId: string, fields: Partial<EarningsChange> = {}): EarningsChange {
  return { platformId: 'p', accountId, accountName: '', action: 'grant', effectiveDate: '2026-08-01', endDate: null, reason: '', ...fields }
}

let seq = 0

/** A committed report holding `rows`, with its segments. */
export function report<K extends ReportKind>(platformId: string, kind: K, rows: RowsByKind[K][], fields: Partial<Report> = {}): { report: Report; segments: Segment[] } {
  const id = `r${++seq}`
  const report: Report = {
    id, platformId, kind, periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', fileName: `${id}.csv`,
    sha256: `sha-${id}`, encoding: 'utf-8', mapping: {}, counts: { rows: rows.length, accepted: rows.length, rejected: 0, duplicates: 0 },
    stats: computeStats(kind, rows), importedBy: 't', importedAt: `2026-10-09T00:00:${String(seq % 60).padStart(2, '0')}.${String(seq).padStart(3, '0')}Z`,
    status: 'committed', segments: 1, ...fields,
  }
  const withPlatform = rows.map((r) => ({ ...r, platformId }))
  return { report, segments: packSegments(kind, id, platformId, withPlatform, withPlatform.map((_, i) => i + 2)) }
}

/** A platform made of reports. */
export function platform(platformId: string, ...parts: { report: Report; segments: Segment[] }[]): PlatformInput {
  return { platformId, platformName: platformId, reports: parts.map((p) => p.report), segments: parts.flatMap((p) => p.segments) }
}
