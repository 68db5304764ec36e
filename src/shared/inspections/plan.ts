// An inspection's plan 检查计划 as the user enters it — platform, kind, title, planned dates, team, catalogue
// version — validated the same way by the form (as the user types) and by the service (before it writes),
// and the dates that make an inspection overdue.
import { z } from '../util/zod'
import { INSPECTION_KINDS, type Inspection, type InspectionKind } from '../domain/findings'
import type { MessageKey, Problem } from '../i18n'
import { isIsoDate } from '../util/dates'

export interface PlanInput {
  platformId: string
  kind: InspectionKind
  title: string
  plannedStart: string
  plannedEnd: string
  team: string[]
  catalogueId: string
}

export const INSPECTION_LIMITS = {
  title: 100,
  member: 40,
  team: 20,
  itemText: 500,
  notes: 5000,
  comments: 2000,
  sourceUrl: 2000,
  /** bytes per piece of evidence: it is hashed in memory, and a bundle must still fit on a USB stick */
  attachmentBytes: 256 * 1024 * 1024,
} as const

const key = (k: MessageKey): { error: MessageKey } => ({ error: k })

const date = z.string(key('inspections.validation.dateRequired')).trim().min(1, key('inspections.validation.dateRequired')).refine(isIsoDate, key('inspections.validation.dateInvalid'))

const planSchema = z.object({
  platformId: z.string(key('inspections.validation.platformRequired')).trim().min(1, key('inspections.validation.platformRequired')),
  kind: z.enum(INSPECTION_KINDS, key('inspections.validation.kindUnknown')),
  title: z
    .string(key('inspections.validation.titleRequired'))
    .trim()
    .min(1, key('inspections.validation.titleRequired'))
    .max(INSPECTION_LIMITS.title, key('inspections.validation.titleTooLong')),
  plannedStart: date,
  plannedEnd: date,
  // names typed into a tag field: blanks dropped, the same name once
  team: z
    .array(z.string(key('inspections.validation.teamRequired')), key('inspections.validation.teamRequired'))
    .transform((names) => [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))])
    .pipe(
      z
        .array(z.string().max(INSPECTION_LIMITS.member, key('inspections.validation.memberTooLong')))
        .min(1, key('inspections.validation.teamRequired'))
        .max(INSPECTION_LIMITS.team, key('inspections.validation.teamTooLarge')),
    ),
  catalogueId: z.string(key('inspections.validation.catalogueUnknown')).trim().min(1, key('inspections.validation.catalogueUnknown')),
})

const MAX_FOR: Partial<Record<MessageKey, number>> = {
  'inspections.validation.titleTooLong': INSPECTION_LIMITS.title,
  'inspections.validation.memberTooLong': INSPECTION_LIMITS.member,
  'inspections.validation.teamTooLarge': INSPECTION_LIMITS.team,
}

/** The form's fields in order: problems are listed the way the user reads the form. */
const FIELD_ORDER = ['platformId', 'kind', 'title', 'plannedStart', 'plannedEnd', 'team', 'catalogueId']

/** Checked apart from the schema, so the user hears of it together with any other problem. */
function dateOrder(input: unknown): Problem | null {
  if (typeof input !== 'object' || input === null) return null
  const { plannedStart, plannedEnd } = input as Record<string, unknown>
  if (typeof plannedStart !== 'string' || typeof plannedEnd !== 'string') return null
  const [start, end] = [plannedStart.trim(), plannedEnd.trim()]
  return isIsoDate(start) && isIsoDate(end) && end < start ? { key: 'inspections.validation.endBeforeStart', path: 'plannedEnd' } : null
}

export type PlanResult = { ok: true; value: PlanInput } | { ok: false; problems: Problem[] }

/** The plan normalised (trimmed, team deduplicated), or every problem with the field it belongs to. */
export function validatePlan(input: unknown): PlanResult {
  const parsed = planSchema.safeParse(input)
  const order = dateOrder(input)
  if (parsed.success && order === null) return { ok: true, value: parsed.data }
  const problems: Problem[] = order ? [order] : []
  const seen = new Set<string>(problems.map((p) => p.path))
  for (const issue of parsed.error?.issues ?? []) {
    // a member's problem belongs to the team field as a whole
    const path = String(issue.path[0] ?? '')
    if (seen.has(path)) continue
    seen.add(path)
    const k = issue.message as MessageKey
    const max = MAX_FOR[k]
    problems.push(max === undefined ? { key: k, path } : { key: k, path, params: { max } })
  }
  return { ok: false, problems: problems.sort((a, b) => FIELD_ORDER.indexOf(a.path) - FIELD_ORDER.indexOf(b.path)) }
}

/** Past its planned end and not closed: it stands out in every list. `today` is YYYY-MM-DD. */
export function isOverdue(inspection: Pick<Inspection, 'status' | 'plannedEnd'>, today: string): boolean {
  return inspection.status !== 'closed' && inspection.plannedEnd < today
}

/** Whether the planned span includes a day (for the calendar). */
export function coversDay(inspection: Pick<Inspection, 'plannedStart' | 'plannedEnd'>, day: string): boolean {
  return inspection.plannedStart <= day && day <= inspection.plannedEnd
}
