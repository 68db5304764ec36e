// What the directory worker does, without the worker: load the directory chunks from a source into an
// AccountIndex, answer queries, and hand out the rows of the latest query a range at a time. The worker
// wraps it with the store and messages; tests and the list's tests use it directly with chunks in memory.
import type { DirectoryChunk } from '../packing/directory'
import { AccountIndex } from './account-index'
import type { AccountEntry, AccountFilters, AccountRow, AccountSort, Facets } from './filters'

/** Where the chunks come from: the store in the worker, an array in tests. */
export interface ChunkSource {
  keys(): Promise<string[]>
  get(key: string): Promise<DirectoryChunk | undefined>
}

export interface LoadResult {
  /** increases with every completed load; queries name the load they ran on */
  load: number
  total: number
  chunks: number
  facets: Facets
}

export interface QueryResult {
  /** names this result for `rows`; a newer query makes it stale */
  query: number
  load: number
  total: number
}

/** Thrown by a load that a newer load overtook; the newer one's result is the one that counts. */
export class LoadSuperseded extends Error {
  constructor() {
    super('superseded')
    this.name = 'LoadSuperseded'
  }
}

export class DirectoryService {
  private index: AccountIndex | null = null
  private loads = 0
  private loading = 0
  private queries = 0
  private result: { query: number; matches: Int32Array } | null = null

  get loaded(): boolean {
    return this.index !== null
  }

  /** Reads every chunk, one at a time (a million accounts are ~20 chunks: one `getAll` would hold them all
   * twice), and swaps the new index in at the end, so that the old one answers meanwhile. */
  async load(source: ChunkSource, onProgress: (done: number, total: number) => void = () => undefined): Promise<LoadResult> {
    const ticket = ++this.loading
    const keys = await source.keys()
    const chunks: DirectoryChunk[] = []
    onProgress(0, keys.length)
    for (const key of keys) {
      const chunk = await source.get(key)
      if (ticket !== this.loading) throw new LoadSuperseded()
      if (chunk) chunks.push(chunk)
      onProgress(chunks.length, keys.length)
    }
    this.index = new AccountIndex(chunks)
    this.result = null
    this.loads++
    return { load: this.loads, total: this.index.size, chunks: chunks.length, facets: this.index.facets() }
  }

  /** Computes a sort order ahead of the query that will need it. */
  warm(sort: AccountSort): void {
    this.index?.order(sort)
  }

  private need(): AccountIndex {
    if (!this.index) throw new Error('directory not loaded')
    return this.index
  }

  query(filters: AccountFilters, sort: AccountSort): QueryResult {
    const matches = this.need().query(filters, sort)
    this.result = { query: ++this.queries, matches }
    return { query: this.queries, load: this.loads, total: matches.length }
  }

  /** Rows from…to-1 of a query's result; null once a newer query replaced it (the caller asks again). */
  rows(query: number, from: number, to: number): AccountRow[] | null {
    const index = this.need()
    if (this.result?.query !== query) return null
    const { matches } = this.result
    const out: AccountRow[] = []
    for (let k = Math.max(0, from); k < Math.min(to, matches.length); k++) out.push(index.row(matches[k] as number))
    return out
  }

  account(platformId: string, accountId: string): AccountEntry | null {
    const index = this.need()
    const i = index.find(platformId, accountId)
    return i < 0 ? null : index.entry(i)
  }

  holderAccounts(holderKey: string): AccountRow[] {
    return this.need().holderAccounts(holderKey)
  }
}

/** A source over chunks already in memory. */
export function memorySource(chunks: readonly DirectoryChunk[]): ChunkSource {
  const byId = new Map(chunks.map((c) => [c.id, c]))
  return {
    keys: () => Promise.resolve([...byId.keys()]),
    get: (key) => Promise.resolve(byId.get(key)),
  }
}
