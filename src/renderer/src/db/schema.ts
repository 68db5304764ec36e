// The store's schema, one entry per version. A released version is never edited: a change is a new version
// with its own upgrade, and every upgrade has a test that seeds the previous version and opens this one
// (see migrations.test.ts). Only indexed fields are listed; records hold more.
import type { Dexie, Transaction } from 'dexie'
import { upgradeToV2 } from './upgrades/v2'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      platforms: 'id, name, creditCode, archived, *types',
      catalogues: 'id, code, [code+version], effectiveFrom',
      reports: 'id, platformId, kind, sha256, [platformId+kind], receivedOn, importedAt, status',
      // packed bulk rows (account snapshots, dispositions, earnings changes): see @shared/packing/columns
      segments: 'id, reportId, [kind+platformId]',
      importMappings: '[platformId+kind]',
      findings: 'id, platformId, requirementId, rule, status, severity, period, inspectionId, [platformId+status]',
      inspections: 'id, platformId, status, plannedStart',
      inspectionItems: 'id, inspectionId, requirementId',
      attachments: 'id, ownerId, sha256',
      rectifications: 'id, platformId, status, deadline',
      cases: 'id, status, platformId, columnIssueId',
      columnIssues: 'id, &number, status',
      auditLog: '++seq, at, action, entity, entityId',
    },
  },
  {
    // v2: what imports need at scale — each report's row keys (to recognise rows already stored without
    // reading them) and the account directory (the account list and timelines without scanning rows)
    version: 2,
    stores: {
      reportKeys: 'reportId, [platformId+kind]',
      accountDirectory: 'id, platformId',
    },
    upgrade: upgradeToV2,
  },
  {
    // v3: rule runs write tens of thousands of findings at a time; each index is a write per finding, so
    // keep only those the app queries by (the findings page filters the rest in memory)
    version: 3,
    stores: {
      findings: 'id, platformId, rule, status, inspectionId',
    },
  },
]

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1

/** Declares versions 1…upTo on a Dexie instance (upTo lets tests open an old version). */
export function declareSchema(db: Dexie, upTo: number = CURRENT_VERSION): void {
  for (const v of SCHEMA) {
    if (v.version > upTo) break
    const version = db.version(v.version).stores(v.stores)
    if (v.upgrade) version.upgrade(v.upgrade)
  }
}
