// Planning how a bundle merges into the store, record by record, before anything is written. Inspections
// and their items carry revisions (see ../sync/revision): new → add; same revision → unchanged; the
// incoming copy is an edit of the local one → update; the local one is an edit of the incoming → keep
// local; edited on both sides → a conflict the user decides. A closed local inspection takes no incoming
// change at all: what would change it is shown as a conflict already resolved to local. Evidence is named
// by its hash (same hash, same evidence); platforms and catalogue versions the office lacks are added, and
// one that differs stays as the office has it.
import type { Catalogue } from '../catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem } from '../domain/findings'
import type { Platform } from '../domain/platform'
import { compareRevisions } from '../sync/revision'
import { canonicalJson, sha256Hex } from '../util/hash'
import type { BundleData } from './format'

export type MergeAction = 'add' | 'update' | 'unchanged' | 'keepLocal' | 'conflict'

/** Why the local copy stays: it is the newer edit; its inspection is closed; it differs (platforms,
 * catalogues and evidence, which have no revisions to tell which is newer). */
export type KeepReason = 'localNewer' | 'closedLocal' | 'differs'

export interface PlanEntry<T> {
  id: string
  action: MergeAction
  incoming: T
  local: T | null
  /** set for keepLocal, and for a conflict the user cannot decide (closedLocal) */
  reason: KeepReason | null
}

export interface MergePlan {
  inspections: PlanEntry<Inspection>[]
  items: PlanEntry<InspectionItem>[]
  attachments: PlanEntry<AttachmentMeta>[]
  platforms: PlanEntry<Platform>[]
  catalogues: PlanEntry<Catalogue>[]
}

export type RecordKind = keyof MergePlan

export const RECORD_KINDS: readonly RecordKind[] = ['inspections', 'items', 'attachments', 'platforms', 'catalogues']

/** The local copies of the records a bundle holds, by id (absent: the store does not have it). */
export interface LocalRecords {
  inspections: ReadonlyMap<string, Inspection>
  items: ReadonlyMap<string, InspectionItem>
  attachments: ReadonlyMap<string, AttachmentMeta>
  platforms: ReadonlyMap<string, Platform>
  catalogues: ReadonlyMap<string, Catalogue>
}

function entry<T>(id: string, action: MergeAction, incoming: T, local: T | null, reason: KeepReason | null = null): PlanEntry<T> {
  return { id, action, incoming, local, reason }
}

/** Inspections and items: by revision; nothing reaches a closed local inspection. */
function planRevisioned<T extends Inspection | InspectionItem>(incoming: T, local: T | undefined, closed: boolean): PlanEntry<T> {
  if (!local) return closed ? entry(incoming.id, 'conflict', incoming, null, 'closedLocal') : entry(incoming.id, 'add', incoming, null)
  switch (compareRevisions(local, incoming)) {
    case 'same':
      return entry(incoming.id, 'unchanged', incoming, local)
    case 'localNewer':
      return entry(incoming.id, 'keepLocal', incoming, local, 'localNewer')
    case 'incomingNewer':
      return closed ? entry(incoming.id, 'conflict', incoming, local, 'closedLocal') : entry(incoming.id, 'update', incoming, local)
    case 'conflict':
      return entry(incoming.id, 'conflict', incoming, local, closed ? 'closedLocal' : null)
  }
}

/** Content without the fields that only say when and by whom a copy was made. */
function contentOf(record: object, ignore: readonly string[]): string {
  return canonicalJson(Object.fromEntries(Object.entries(record).filter(([key]) => !ignore.includes(key))))
}

/** Platforms and catalogue versions: added when missing, never changed by a bundle. */
function planReference<T extends { id: string }>(incoming: T, local: T | undefined, ignore: readonly string[]): PlanEntry<T> {
  if (!local) return entry(incoming.id, 'add', incoming, null)
  return contentOf(local, ignore) === contentOf(incoming, ignore) ? entry(incoming.id, 'unchanged', incoming, local) : entry(incoming.id, 'keepLocal', incoming, local, 'differs')
}

export function planMerge(data: BundleData, local: LocalRecords): MergePlan {
  const closed = (inspectionId: string) => local.inspections.get(inspectionId)?.status === 'closed'
  const itemInspection = new Map(data.items.map((item) => [item.id, item.inspectionId]))
  return {
    inspections: data.inspections.map((i) => planRevisioned(i, local.inspections.get(i.id), closed(i.id))),
    items: data.items.map((item) => planRevisioned(item, local.items.get(item.id), closed(item.inspectionId))),
    attachments: data.attachments.map((a) => {
      const mine = local.attachments.get(a.id)
      if (mine) return mine.sha256 === a.sha256 ? entry(a.id, 'unchanged', a, mine) : entry(a.id, 'keepLocal', a, mine, 'differs')
      const inspectionId = itemInspection.get(a.ownerId)
      return inspectionId !== undefined && closed(inspectionId) ? entry(a.id, 'keepLocal', a, null, 'closedLocal') : entry(a.id, 'add', a, null)
    }),
    platforms: data.platforms.map((p) => planReference(p, local.platforms.get(p.id), ['createdAt', 'updatedAt'])),
    catalogues: data.catalogues.map((c) => planReference(c, local.catalogues.get(c.id), ['createdAt', 'createdBy'])),
  }
}

/** A conflict's key in the user's choices: `items:<id>`. */
export function conflictKey(kind: 'inspections' | 'items', id: string): string {
  return `${kind}:${id}`
}

/** What the plan was made against: the local copies it saw. A plan applied later must find the same. */
export function planSignature(plan: MergePlan): string {
  const parts: string[] = []
  for (const kind of RECORD_KINDS) {
    for (const e of plan[kind] as PlanEntry<object>[]) parts.push(`${kind}:${e.id}:${e.action}:${e.local ? sha256Hex(canonicalJson(e.local)) : '-'}`)
  }
  return sha256Hex(parts.join('\n'))
}
