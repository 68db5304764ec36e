// Keeps one directory client (the worker) alive while the account pages are open and reloads it when the
// stored reports change (a commit, a rollback, the demo), watched with a live query on the committed
// reports and the directory's chunk ids — both change in the same transaction as the directory itself.
import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { LoadSuperseded, type LoadResult } from '@shared/accounts/directory-service'
import { useDesk } from '@renderer/app/desk'
import { workerDirectory, type DirectoryClient } from './directory-client'
import { ListMemory } from './list-memory'

export interface DirectoryState {
  client: DirectoryClient
  /** the latest completed load; null until the first completes */
  loaded: LoadResult | null
  /** a load is running (the first, or a reload after the store changed) */
  loading: boolean
  progress: { done: number; total: number } | null
  failed: boolean
}

interface DirectoryContextValue extends DirectoryState {
  listMemory: ListMemory
}

/** One for the session: the list is remembered across visits to other sections too (a report opened
 * from a timeline, then back), which remount the provider. */
const sessionListMemory = new ListMemory()

const DirectoryContext = createContext<DirectoryContextValue | null>(null)

export type DirectoryFactory = (dbName: string) => DirectoryClient

export function DirectoryProvider({ children, create = workerDirectory }: { children: ReactNode; create?: DirectoryFactory }) {
  const { db } = useDesk()
  // the client starts its worker on first use, so making one here is pure; unmounting ends the worker
  const client = useMemo(() => create(db.name), [db, create])
  useEffect(() => () => client.dispose(), [client])

  const signature = useLiveQuery(async () => {
    const [reports, chunks] = await Promise.all([
      db.reports.where('status').equals('committed').primaryKeys(),
      db.accountDirectory.toCollection().primaryKeys(),
    ])
    return `${reports.map(String).sort().join(' ')}|${chunks.map(String).sort().join(' ')}`
  }, [db])

  // each outcome is stamped with the store state it was loaded for: a load is running while they differ
  const [outcome, setOutcome] = useState<{ signature: string; loaded: LoadResult | null; failed: boolean } | null>(null)
  const [progress, setProgress] = useState<{ signature: string; done: number; total: number } | null>(null)
  useEffect(() => {
    if (signature === undefined) return
    let live = true
    client
      .load((done, total) => {
        if (live) setProgress({ signature, done, total })
      })
      .then(
        (loaded) => {
          if (live) setOutcome({ signature, loaded, failed: false })
        },
        (error: unknown) => {
          if (!live || error instanceof LoadSuperseded) return
          console.error(error)
          setOutcome((prev) => ({ signature, loaded: prev?.loaded ?? null, failed: true }))
        },
      )
    return () => {
      live = false
    }
  }, [client, signature])

  const loading = signature === undefined || outcome?.signature !== signature
  const value: DirectoryContextValue = {
    client,
    loaded: outcome?.loaded ?? null,
    loading,
    progress: progress !== null && loading && progress.signature === signature ? { done: progress.done, total: progress.total } : null,
    failed: !loading && outcome.failed,
    listMemory: sessionListMemory,
  }
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>
}

export function useDirectory(): DirectoryContextValue {
  const value = useContext(DirectoryContext)
  if (!value) throw new Error('useDirectory outside DirectoryProvider')
  return value
}
