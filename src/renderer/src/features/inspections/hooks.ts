// Live reads for the inspections feature. Each returns undefined while loading (dexie-react-hooks'
// convention); a record that does not exist is null, so "not found" and "loading" can be told apart.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Catalogue } from '@shared/catalogue/types'
import { activeCatalogue } from '@shared/catalogue/versions'
import type { Inspection, InspectionItem } from '@shared/domain/findings'
import type { Platform } from '@shared/domain/platform'
import { byChecklistOrder } from '@shared/inspections/checklist'
import { progressOf, type Progress } from '@shared/inspections/scoring'
import { todayIso } from '@shared/util/dates'
import { useDesk } from '@renderer/app/desk'
import type { Attachment } from '@renderer/db/database'
import type { Editor } from './service'

export function useInspections(): Inspection[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.inspections.toArray(), [db])
}

export function useInspection(id: string): Inspection | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (await db.inspections.get(id)) ?? null, [db, id])
}

/** An inspection's items in checklist order. */
export function useItems(inspectionId: string): InspectionItem[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (await db.inspectionItems.where('inspectionId').equals(inspectionId).toArray()).sort(byChecklistOrder), [db, inspectionId])
}

/** The evidence of the given items, by attachment id (each item lists its own, in the order added). */
export function useAttachments(itemIds: readonly string[]): ReadonlyMap<string, Attachment> | undefined {
  const { db } = useDesk()
  const key = itemIds.join('\n')
  return useLiveQuery(async () => {
    const rows = key === '' ? [] : await db.attachments.where('ownerId').anyOf(key.split('\n')).toArray()
    return new Map(rows.map((a) => [a.id, a]))
  }, [db, key])
}

/** Items assessed and in all, per inspection, for the list. */
export function useProgressByInspection(): ReadonlyMap<string, Progress> | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => {
    const byId = new Map<string, Pick<InspectionItem, 'result'>[]>()
    await db.inspectionItems.each((i) => {
      byId.set(i.inspectionId, [...(byId.get(i.inspectionId) ?? []), { result: i.result }])
    })
    return new Map([...byId].map(([id, items]) => [id, progressOf(items)]))
  }, [db])
}

export function usePlatforms(): Platform[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.platforms.toArray(), [db])
}

export function usePlatformNames(): ReadonlyMap<string, string> {
  const platforms = usePlatforms()
  return useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p.name])), [platforms])
}

export function useCatalogues(): { all: Catalogue[]; inForce: Catalogue | undefined } | undefined {
  const { db } = useDesk()
  const all = useLiveQuery(() => db.catalogues.toArray(), [db])
  return useMemo(() => (all ? { all: [...all].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version), inForce: activeCatalogue(all, todayIso()) } : undefined), [all])
}

export function useCatalogue(id: string | undefined): Catalogue | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (id === undefined ? null : ((await db.catalogues.get(id)) ?? null)), [db, id])
}

/** Whoever is using the app, as the services' editor. */
export function useEditor(): Editor {
  const { settings } = useDesk()
  return useMemo(() => ({ by: settings.actor.name }), [settings.actor.name])
}
