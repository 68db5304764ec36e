// Reading catalogues live: every version held, in the order the list shows them (by code, newest version
// first), and where each one is reached.
import { useLiveQuery } from 'dexie-react-hooks'
import type { Catalogue } from '@shared/catalogue/types'
import { useDesk } from '@renderer/app/desk'

/** Every catalogue version; `undefined` while loading. */
export function useCatalogues(): Catalogue[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(
    async () => (await db.catalogues.toArray()).sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version),
    [db],
  )
}

export function catalogueHref(id: string): string {
  return `/catalogue/${encodeURIComponent(id)}`
}
