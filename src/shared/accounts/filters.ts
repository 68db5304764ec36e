// What the account list asks of the directory: the filters, the sort orders and the plain row objects it
// gets back. Shared by the directory worker, its in-memory stand-in for tests, and the list page.
import type { AccountStatus, CredentialStatus, HolderType } from '../domain/records'

export const ACCOUNT_SORTS = ['dispositions', 'lastViolation', 'followers', 'id'] as const
/** dispositions: most first · lastViolation: latest first · followers: most first · id: A→Z */
export type AccountSort = (typeof ACCOUNT_SORTS)[number]

/** The status filter's values: the snapshot's status, or "never in an account report" — an account known
 * only from dispositions or earnings changes, which the platform's account report left out. */
export type StatusFilter = AccountStatus | 'unreported'

export interface AccountFilters {
  platformId: string | null
  status: StatusFilter | null
  /** 所属领域, exact */
  field: string | null
  /** 所属MCN机构, exact */
  mcn: string | null
  /** 主体标识, exact */
  holderKey: string | null
  holderType: HolderType | null
  hasDispositions: boolean | null
  /** substring of the account id or name, any case */
  search: string
}

export const NO_FILTERS: AccountFilters = {
  platformId: null,
  status: null,
  field: null,
  mcn: null,
  holderKey: null,
  holderType: null,
  hasDispositions: null,
  search: '',
}

/** One directory entry as the list shows it. */
export interface AccountRow {
  platformId: string
  accountId: string
  accountName: string
  holderType: HolderType | null
  holderKey: string
  mcn: string
  field: string
  followers: number | null
  credential: CredentialStatus | null
  earnings: boolean | null
  status: AccountStatus | null
  /** the latest snapshot's date; null when the account was never in an account report */
  snapshotDate: string | null
  dispositions: number
  lastViolation: string | null
}

/** An entry with the segments that hold its rows: where the account page's timeline starts. */
export interface AccountEntry extends AccountRow {
  refs: string[]
}

export interface FacetCount {
  value: string
  count: number
}

/** The values present in the directory, for the filters' options. */
export interface Facets {
  platforms: FacetCount[]
  fields: FacetCount[]
  mcns: FacetCount[]
}

/** The search text as matched: trimmed and lower-cased once, not per entry. */
export function searchKey(search: string): string {
  return search.trim().toLowerCase()
}

export function isFiltered(filters: AccountFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof AccountFilters)[]).some((k) => (k === 'search' ? searchKey(filters.search) !== '' : filters[k] !== null))
}
