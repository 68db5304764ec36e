// The bundle's side of the store: gathering what an export carries (the inspections, their items and
// evidence with its bytes, their platforms and catalogue versions), and reading the local copies of what
// a bundle holds. Works on the database as it is, or inside a write's transaction.
import type { Catalogue } from '@shared/catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem } from '@shared/domain/findings'
import type { Platform } from '@shared/domain/platform'
import type { BundleData } from '@shared/bundles/format'
import type { LocalRecords } from '@shared/bundles/merge'
import { BundleRefused } from '@shared/bundles/pack'
import type { Attachment, DeskDatabase } from '@renderer/db/database'

export type BundleTables = Pick<DeskDatabase, 'inspections' | 'inspectionItems' | 'attachments' | 'platforms' | 'catalogues'>

/** The metadata of stored evidence, without its bytes. */
export function metaOf(attachment: Attachment): AttachmentMeta {
  const { data: _data, ...meta } = attachment
  return meta
}

const present = <T>(records: readonly (T | undefined)[]): T[] => records.filter((r): r is T => r !== undefined)

/** Everything an export of `inspectionIds` carries; evidence bytes by sha256. */
export async function collectBundle(db: BundleTables, inspectionIds: readonly string[]): Promise<{ data: BundleData; files: Map<string, Uint8Array> }> {
  const inspections = present(await db.inspections.bulkGet([...inspectionIds]))
  if (inspections.length !== new Set(inspectionIds).size) throw new BundleRefused({ key: 'bundles.export.inspectionMissing' })
  const items = await db.inspectionItems.where('inspectionId').anyOf([...inspectionIds]).toArray()
  const stored = items.length === 0 ? [] : await db.attachments.where('ownerId').anyOf(items.map((i) => i.id)).toArray()
  const platformIds = [...new Set(inspections.map((i) => i.platformId))]
  const catalogueIds = [...new Set(inspections.map((i) => i.catalogueId))]
  const platforms = present(await db.platforms.bulkGet(platformIds))
  const catalogues = present(await db.catalogues.bulkGet(catalogueIds))
  for (const i of inspections) {
    if (!platforms.some((p) => p.id === i.platformId)) throw new BundleRefused({ key: 'bundles.export.platformMissing', params: { title: i.title } })
    if (!catalogues.some((c) => c.id === i.catalogueId)) throw new BundleRefused({ key: 'bundles.export.catalogueMissing', params: { title: i.title } })
  }
  const files = new Map<string, Uint8Array>()
  for (const a of stored) if (!files.has(a.sha256)) files.set(a.sha256, new Uint8Array(await a.data.arrayBuffer()))
  return { data: { inspections, items, attachments: stored.map(metaOf), platforms, catalogues }, files }
}

function byId<T extends { id: string }>(records: readonly (T | undefined)[]): Map<string, T> {
  return new Map(present(records).map((r) => [r.id, r]))
}

/** The local copies of the records `data` holds. */
export async function readLocal(db: BundleTables, data: BundleData): Promise<LocalRecords> {
  const inspections: Map<string, Inspection> = byId(await db.inspections.bulkGet(data.inspections.map((i) => i.id)))
  const items: Map<string, InspectionItem> = byId(await db.inspectionItems.bulkGet(data.items.map((i) => i.id)))
  const attachments = byId((await db.attachments.bulkGet(data.attachments.map((a) => a.id))).map((a) => (a ? metaOf(a) : undefined)))
  const platforms: Map<string, Platform> = byId(await db.platforms.bulkGet(data.platforms.map((p) => p.id)))
  const catalogues: Map<string, Catalogue> = byId(await db.catalogues.bulkGet(data.catalogues.map((c) => c.id)))
  return { inspections, items, attachments, platforms, catalogues }
}

/** Names of the evidence the given ids stand for (local records), to show beside a conflict. */
export async function attachmentNames(db: BundleTables, ids: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const a of await db.attachments.bulkGet([...new Set(ids)])) if (a) out[a.id] = a.name
  return out
}
