// Live reads for the findings feature and the scorecard. Each returns undefined while loading (the
// dexie-react-hooks convention). The finding list is read through the status index when the list is
// limited to some statuses, so the usual view (open and confirmed) does not read what was dismissed.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Article, Catalogue } from '@shared/catalogue/types'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import { activeCatalogue } from '@shared/catalogue/versions'
import type { Finding, FindingStatus } from '@shared/domain/findings'
import type { Platform } from '@shared/domain/platform'
import type { Report } from '@shared/domain/report'
import { todayIso } from '@shared/util/dates'
import { useDesk } from '@renderer/app/desk'

/** Findings with one of `statuses` (every finding when empty). */
export function useFindings(statuses: readonly FindingStatus[]): Finding[] | undefined {
  const { db } = useDesk()
  const key = [...statuses].sort().join(',')
  // tagged with the statuses it was read for: while a new read is on its way the previous answer is not
  // passed off as this one's
  const read = useLiveQuery(
    async () => ({ key, rows: await (key === '' ? db.findings.toArray() : db.findings.where('status').anyOf(key.split(',')).toArray()) }),
    [db, key],
  )
  return read?.key === key ? read.rows : undefined
}

export function useFinding(id: string | undefined): Finding | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (id === undefined ? null : ((await db.findings.get(id)) ?? null)), [db, id])
}

/** How many findings are stored at all (to tell "none match" from "never run"). */
export function useFindingCount(): number | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.findings.count(), [db])
}

export function useCommittedReports(): Report[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.reports.where('status').equals('committed').toArray(), [db])
}

export function usePlatformList(): Platform[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.platforms.toArray(), [db])
}

export function usePlatformNames(): ReadonlyMap<string, string> {
  const platforms = usePlatformList()
  return useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p.name])), [platforms])
}

/** The catalogue in force today; the built-in notice until the store has answered (or if it holds none). */
export function useCatalogueInForce(): Catalogue {
  const { db } = useDesk()
  const catalogues = useLiveQuery(() => db.catalogues.toArray(), [db])
  return useMemo(() => (catalogues ? activeCatalogue(catalogues, todayIso()) : undefined) ?? noticeCatalogue(), [catalogues])
}

export function useArticles(): ReadonlyMap<string, Article> {
  const catalogue = useCatalogueInForce()
  return useMemo(() => new Map(catalogue.articles.map((a) => [a.id, a])), [catalogue])
}
