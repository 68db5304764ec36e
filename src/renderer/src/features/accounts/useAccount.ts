// One account's data for its page: the directory entry (from the worker, again after every reload), its
// history from the segments the entry names, and the other accounts of its holder.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { AccountEntry, AccountRow } from '@shared/accounts/filters'
import { useDesk } from '@renderer/app/desk'
import { useDirectory } from './directory-context'
import { loadHistory, type LoadedHistory } from './history'

export interface AccountData {
  /** undefined while loading, null when the directory has no such account */
  entry: AccountEntry | null | undefined
  history: LoadedHistory | undefined
  holderAccounts: AccountRow[] | undefined
}

export function useAccount(platformId: string, accountId: string): AccountData {
  const { db } = useDesk()
  const { client, loaded } = useDirectory()
  // what was found is kept through a reload of the directory (shown until the reload's answer replaces it)
  const id = `${platformId}\u0001${accountId}`
  const [found, setFound] = useState<{ id: string; entry: AccountEntry | null; holder: AccountRow[] } | null>(null)

  useEffect(() => {
    if (!loaded) return
    let live = true
    const run = async () => {
      const entry = await client.account(platformId, accountId)
      const holder = entry && entry.holderKey !== '' ? await client.holder(entry.holderKey) : []
      if (live) setFound({ id, entry, holder })
    }
    run().catch((error: unknown) => console.error(error))
    return () => {
      live = false
    }
  }, [client, loaded, platformId, accountId, id])

  const entry = found?.id === id ? found.entry : undefined
  const history = useLiveQuery(async () => (entry ? loadHistory(db, entry) : undefined), [db, entry])
  return { entry, history, holderAccounts: found?.id === id ? found.holder : undefined }
}
