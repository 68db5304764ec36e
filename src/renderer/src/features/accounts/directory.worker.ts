// The account directory's worker: keeps every platform's directory in memory for as long as the account
// pages are open, and answers the list's queries and row ranges, so that a million accounts never touch the
// window's thread. Reads the store through its own connection.
import { DirectoryService, LoadSuperseded, type ChunkSource } from '@shared/accounts/directory-service'
import { ACCOUNT_SORTS } from '@shared/accounts/filters'
import { DeskDatabase } from '@renderer/db/database'
import type { DirectoryCalls, DirectoryMessage, DirectoryRequest } from './directory-protocol'
import { storeSource } from './store-source'

const service = new DirectoryService()
let db: DeskDatabase | null = null
const reply = (message: DirectoryMessage) => postMessage(message)

function source(dbName: string): ChunkSource {
  if (db?.name !== dbName) {
    db?.close()
    db = new DeskDatabase(dbName)
  }
  return storeSource(db)
}

/** Queries wait one turn before running: a query that a newer one replaced while it waited (the user was
 * still typing) is answered null instead of costing a pass over the directory. */
let latestQuery = 0
const turn = new MessageChannel()
const waiting: (() => void)[] = []
turn.port1.onmessage = () => waiting.shift()?.()
const nextTurn = () => new Promise<void>((resolve) => { waiting.push(resolve); turn.port2.postMessage(null) })

/** The other sort orders are computed after a query has been answered, one per turn, so that choosing
 * another sort later costs no wait. */
let warming: ReturnType<typeof setTimeout> | null = null
function warmOrders(): void {
  if (warming !== null) clearTimeout(warming)
  const pending = [...ACCOUNT_SORTS]
  const step = () => {
    const sort = pending.shift()
    if (sort === undefined || !service.loaded) return void (warming = null)
    service.warm(sort)
    warming = setTimeout(step, 50)
  }
  warming = setTimeout(step, 50)
}

const handlers: { [K in keyof DirectoryCalls]: (...args: DirectoryCalls[K]['args']) => Promise<DirectoryCalls[K]['result']> } = {
  load: async (dbName) => service.load(source(dbName), (done, total) => reply({ id: null, progress: { done, total } })),
  query: async (filters, sort) => {
    const mine = ++latestQuery
    await nextTurn()
    if (mine !== latestQuery) return null
    const started = performance.now()
    const result = service.query(filters, sort)
    const ms = performance.now() - started
    warmOrders()
    return { ...result, ms }
  },
  rows: (query, from, to) => Promise.resolve(service.rows(query, from, to)),
  account: (platformId, accountId) => Promise.resolve(service.account(platformId, accountId)),
  holder: (holderKey) => Promise.resolve(service.holderAccounts(holderKey)),
}

onmessage = (event: MessageEvent<DirectoryRequest>) => {
  const { id, call, args } = event.data
  const started = performance.now()
  const handler = handlers[call] as (...a: unknown[]) => Promise<unknown>
  handler(...args).then(
    (result) => reply({ id, ok: true, result, ms: performance.now() - started }),
    (error: unknown) => reply({ id, ok: false, error: error instanceof Error ? error.message : String(error), superseded: error instanceof LoadSuperseded }),
  )
}
