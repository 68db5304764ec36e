// Live reads for the platforms feature. Each returns undefined while loading (dexie-react-hooks' convention);
// a platform that does not exist is null, so that "not found" and "loading" can be told apart.
import { useLiveQuery } from 'dexie-react-hooks'
import type { Platform } from '@shared/domain/platform'
import type { Report } from '@shared/domain/report'
import { useDesk } from '@renderer/app/desk'

export function usePlatforms(): Platform[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.platforms.toArray(), [db])
}

export function usePlatform(id: string): Platform | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (await db.platforms.get(id)) ?? null, [db, id])
}

/** Committed reports per platform id (a rolled-back import was never received, as far as counts go). */
export function useReportCounts(): ReadonlyMap<string, number> | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => {
    const counts = new Map<string, number>()
    await db.reports.where('status').equals('committed').each((r) => {
      counts.set(r.platformId, (counts.get(r.platformId) ?? 0) + 1)
    })
    return counts
  }, [db])
}

/** A platform's reports, newest import first, rolled-back ones included (they are part of its history). */
export function usePlatformReports(platformId: string): Report[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => {
    const reports = await db.reports.where('platformId').equals(platformId).toArray()
    return reports.sort((a, b) => b.importedAt.localeCompare(a.importedAt))
  }, [db, platformId])
}
