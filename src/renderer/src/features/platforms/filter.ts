// The list page's filters, kept in the address (so that going back from a platform finds the list as it was)
// and applied here as a pure function.
import { PLATFORM_TYPES, type Platform, type PlatformType } from '@shared/domain/platform'
import { nameKey, normaliseCreditCode } from '@shared/platform/validate'

export const STATUS_FILTERS = ['active', 'archived', 'all'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

export interface PlatformFilter {
  query: string
  type: PlatformType | null
  status: StatusFilter
}

export function readFilter(params: URLSearchParams): PlatformFilter {
  const type = params.get('type')
  const status = params.get('status')
  return {
    query: params.get('q') ?? '',
    type: PLATFORM_TYPES.find((t) => t === type) ?? null,
    status: STATUS_FILTERS.find((s) => s === status) ?? 'active',
  }
}

export function writeFilter(filter: PlatformFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.query) params.set('q', filter.query)
  if (filter.type) params.set('type', filter.type)
  if (filter.status !== 'active') params.set('status', filter.status)
  return params
}

/** Platforms matching the filter; the search ignores case and width like the uniqueness rule does. */
export function filterPlatforms(platforms: readonly Platform[], filter: PlatformFilter): Platform[] {
  const needle = nameKey(filter.query)
  const codeNeedle = normaliseCreditCode(filter.query)
  return platforms.filter((p) => {
    if (filter.status === 'active' && p.archived) return false
    if (filter.status === 'archived' && !p.archived) return false
    if (filter.type && !p.types.includes(filter.type)) return false
    if (!needle) return true
    return nameKey(p.name).includes(needle) || nameKey(p.operator).includes(needle) || (codeNeedle !== '' && p.creditCode.includes(codeNeedle))
  })
}
