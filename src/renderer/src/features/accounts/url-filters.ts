// The list's filters and sort live in the address (`#/accounts?status=silenced&q=…`), so that going to an
// account and back, or sharing a link within the desk, keeps the list as it was.
import { ACCOUNT_SORTS, NO_FILTERS, type AccountFilters, type AccountSort, type StatusFilter } from '@shared/accounts/filters'
import { ACCOUNT_STATUSES, HOLDER_TYPES } from '@shared/domain/records'

export interface ListView {
  filters: AccountFilters
  sort: AccountSort
}

export const DEFAULT_SORT: AccountSort = 'dispositions'

const STATUS_VALUES: readonly StatusFilter[] = [...ACCOUNT_STATUSES, 'unreported']

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

export function readView(params: URLSearchParams): ListView {
  const text = (key: string) => {
    const v = params.get(key)
    return v === null || v === '' ? null : v
  }
  const disposed = params.get('disposed')
  return {
    filters: {
      platformId: text('platform'),
      status: oneOf(STATUS_VALUES, params.get('status')),
      field: text('field'),
      mcn: text('mcn'),
      holderKey: text('holder'),
      holderType: oneOf(HOLDER_TYPES, params.get('holderType')),
      hasDispositions: disposed === 'yes' ? true : disposed === 'no' ? false : null,
      search: params.get('q') ?? '',
    },
    sort: oneOf(ACCOUNT_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  }
}

export function writeView({ filters: f, sort }: ListView): URLSearchParams {
  const out = new URLSearchParams()
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') out.set(key, value)
  }
  put('platform', f.platformId)
  put('status', f.status)
  put('field', f.field)
  put('mcn', f.mcn)
  put('holder', f.holderKey)
  put('holderType', f.holderType)
  put('disposed', f.hasDispositions === null ? null : f.hasDispositions ? 'yes' : 'no')
  put('q', f.search)
  put('sort', sort === DEFAULT_SORT ? null : sort)
  return out
}

export const EMPTY_VIEW: ListView = { filters: NO_FILTERS, sort: DEFAULT_SORT }
