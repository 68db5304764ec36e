// The messages between the account list and its directory worker: calls by name with their arguments and
// results (typed from one map, so neither side can drift), answers matched by id, and load progress.
import type { LoadResult, QueryResult } from '@shared/accounts/directory-service'
import type { AccountEntry, AccountFilters, AccountRow, AccountSort } from '@shared/accounts/filters'

/** A query's answer with the time the directory took to filter and count (reported with the signals). */
export interface TimedQuery extends QueryResult {
  ms: number
}

export interface DirectoryCalls {
  /** (re)reads the directory from the store named; answers the old directory meanwhile */
  load: { args: [dbName: string]; result: LoadResult }
  /** null when a newer query overtook this one before it ran */
  query: { args: [filters: AccountFilters, sort: AccountSort]; result: TimedQuery | null }
  rows: { args: [query: number, from: number, to: number]; result: AccountRow[] | null }
  account: { args: [platformId: string, accountId: string]; result: AccountEntry | null }
  holder: { args: [holderKey: string]; result: AccountRow[] }
}

export type CallName = keyof DirectoryCalls

export type DirectoryRequest = { [K in CallName]: { id: number; call: K; args: DirectoryCalls[K]['args'] } }[CallName]

export type DirectoryMessage =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; error: string; superseded: boolean }
  | { id: null; progress: { done: number; total: number } }
