// The account pages' handle on the directory: an interface the components use, implemented over the
// directory worker in the app and over an in-memory DirectoryService in tests (so components are tested
// without a worker, against the same query code).
import { DirectoryService, LoadSuperseded, type ChunkSource, type LoadResult } from '@shared/accounts/directory-service'
import type { AccountEntry, AccountFilters, AccountRow, AccountSort } from '@shared/accounts/filters'
import type { CallName, DirectoryCalls, DirectoryMessage, TimedQuery } from './directory-protocol'

export interface DirectoryClient {
  load(onProgress: (done: number, total: number) => void): Promise<LoadResult>
  query(filters: AccountFilters, sort: AccountSort): Promise<TimedQuery | null>
  rows(query: number, from: number, to: number): Promise<AccountRow[] | null>
  account(platformId: string, accountId: string): Promise<AccountEntry | null>
  holder(holderKey: string): Promise<AccountRow[]>
  dispose(): void
}

/** A client over the directory worker. The worker starts on the first call and ends with `dispose`; a call
 * after that starts a fresh one (React may dispose and reuse a client in development). */
export function workerDirectory(dbName: string): DirectoryClient {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let worker: Worker | null = null
  let nextId = 1
  let progress: (done: number, total: number) => void = () => undefined
  const fail = (error: Error) => {
    for (const call of pending.values()) call.reject(error)
    pending.clear()
  }
  const start = (): Worker => {
    const w = new Worker(new URL('./directory.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (event: MessageEvent<DirectoryMessage>) => {
      const msg = event.data
      if (msg.id === null) return progress(msg.progress.done, msg.progress.total)
      const call = pending.get(msg.id)
      pending.delete(msg.id)
      if (msg.ok) call?.resolve(msg.result)
      else call?.reject(msg.superseded ? new LoadSuperseded() : new Error(msg.error))
    }
    w.onerror = (event) => fail(new Error(event.message))
    return w
  }
  const send = <K extends CallName>(call: K, ...args: DirectoryCalls[K]['args']): Promise<DirectoryCalls[K]['result']> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker ??= start()
      worker.postMessage({ id, call, args })
    })
  return {
    load: (onProgress) => {
      progress = onProgress
      return send('load', dbName)
    },
    query: (filters, sort) => send('query', filters, sort),
    rows: (query, from, to) => send('rows', query, from, to),
    account: (platformId, accountId) => send('account', platformId, accountId),
    holder: (holderKey) => send('holder', holderKey),
    dispose: () => {
      worker?.terminate()
      worker = null
      // a call in flight will never be answered: say so rather than leave it hanging
      fail(new LoadSuperseded())
    },
  }
}

/** The same service in the window's thread, over any source of chunks: for tests (a worker cannot run
 * under jsdom), with the list's components unchanged. */
export function localDirectory(source: ChunkSource): DirectoryClient {
  const service = new DirectoryService()
  return {
    load: (onProgress) => service.load(source, onProgress),
    query: (filters, sort) => {
      const started = performance.now()
      const result = service.query(filters, sort)
      return Promise.resolve({ ...result, ms: performance.now() - started })
    },
    rows: (query, from, to) => Promise.resolve(service.rows(query, from, to)),
    account: (platformId, accountId) => Promise.resolve(service.account(platformId, accountId)),
    holder: (holderKey) => Promise.resolve(service.holderAccounts(holderKey)),
    dispose: () => undefined,
  }
}
