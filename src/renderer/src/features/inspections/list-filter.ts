// The inspections list's view and status filter, kept in the address (`#/inspections?view=calendar&status=
// overdue`) so that going to an inspection and back keeps the list as it was.
import type { Inspection, InspectionStatus } from '@shared/domain/findings'
import { isOverdue } from '@shared/inspections/plan'

export const VIEWS = ['list', 'calendar'] as const
export type View = (typeof VIEWS)[number]
export const STATUS_FILTERS = ['all', 'planned', 'inProgress', 'inReview', 'closed', 'overdue'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

export interface ListFilter {
  view: View
  status: StatusFilter
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback
}

export function readListFilter(params: URLSearchParams): ListFilter {
  return { view: oneOf(VIEWS, params.get('view'), 'list'), status: oneOf(STATUS_FILTERS, params.get('status'), 'all') }
}

export function writeListFilter(f: ListFilter): URLSearchParams {
  const out = new URLSearchParams()
  if (f.view !== 'list') out.set('view', f.view)
  if (f.status !== 'all') out.set('status', f.status)
  return out
}

export function passes(inspection: Inspection, status: StatusFilter, today: string): boolean {
  if (status === 'all') return true
  if (status === 'overdue') return isOverdue(inspection, today)
  return inspection.status === (status satisfies InspectionStatus)
}

const STATUS_ORDER: Record<InspectionStatus, number> = { inProgress: 0, inReview: 1, planned: 2, closed: 3 }

/** Overdue first (they need attention), then open before closed, then the latest planned start. */
export function byUrgency(today: string) {
  return (a: Inspection, b: Inspection): number =>
    Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    b.plannedStart.localeCompare(a.plannedStart) ||
    a.id.localeCompare(b.id)
}

export function statusCounts(inspections: readonly Inspection[], today: string): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = { all: 0, planned: 0, inProgress: 0, inReview: 0, closed: 0, overdue: 0 }
  for (const i of inspections) for (const f of STATUS_FILTERS) if (passes(i, f, today)) counts[f]++
  return counts
}
