// Validating a platform 网站平台 as the user entered it, and the uniqueness rules over the platforms already
// stored. Pure: the form runs it as the user types; the service runs it again before it writes, and runs the
// uniqueness rules inside its write transaction.
import { z } from '../util/zod'
import type { MessageKey, Problem } from '../i18n'
import { zhCN } from '../i18n/resources'
import { PLATFORM_TYPES, type Contact, type Platform, type PlatformType } from '../domain/platform'
import { creditCodeProblem } from './credit-code'

/** The fields of a platform the user edits. */
export type PlatformInput = Pick<Platform, 'name' | 'operator' | 'creditCode' | 'types' | 'jurisdiction' | 'contacts' | 'note'>

export const PLATFORM_LIMITS = {
  name: 100,
  operator: 200,
  jurisdiction: 100,
  contacts: 20,
  contactName: 50,
  contactRole: 50,
  email: 254,
  note: 2000,
} as const

export type ValidationResult = { ok: true; value: PlatformInput } | { ok: false; problems: Problem[] }

/** Full-width letters, digits and punctuation (as a Chinese input method types them) become half-width. */
function halfWidth(value: string): string {
  return value.normalize('NFKC')
}

/** Normalises a credit code as stored: half-width, upper case, no spaces. */
export function normaliseCreditCode(value: string): string {
  return halfWidth(value).replace(/\s+/g, '').toUpperCase()
}

// Landlines: area code 0 + 2–3 digits (optionally in brackets), 7–8 digits, an optional extension.
const LANDLINE = /^(?:0\d{2,3}[-\s]?|\(0\d{2,3}\)\s?)\d{7,8}(?:\s*(?:-|转|分机|ext\.?|x|#)\s*\d{1,6})?$/i
// Mobiles: 11 digits from 13x to 19x, optionally +86 / 0086; spaces and hyphens between groups are common.
const MOBILE = /^(?:\+86|0086)?1[3-9]\d{9}$/

export function isChinesePhone(value: string): boolean {
  return LANDLINE.test(value) || MOBILE.test(value.replace(/[\s-]/g, ''))
}

const EMAIL = z.regexes.email

/** Narrows a key written in the schema below so that a typo there fails to compile. */
const key = (k: MessageKey): { error: MessageKey } => ({ error: k })

function text(required: MessageKey, tooLong: MessageKey, max: number) {
  return z.string(key(required)).trim().min(1, key(required)).max(max, key(tooLong))
}

function optionalText(tooLong: MessageKey, max: number) {
  return z.string(key(tooLong)).trim().max(max, key(tooLong)).default('')
}

const contactSchema = z.object(
  {
    name: text('validation.platform.contactNameRequired', 'validation.platform.contactNameTooLong', PLATFORM_LIMITS.contactName),
    role: optionalText('validation.platform.contactRoleTooLong', PLATFORM_LIMITS.contactRole),
    phone: z
      .string(key('validation.platform.phoneRequired'))
      .transform((v) => halfWidth(v).trim())
      .superRefine((v, ctx) => {
        if (v === '') ctx.addIssue({ code: 'custom', message: 'validation.platform.phoneRequired' })
        else if (!isChinesePhone(v)) ctx.addIssue({ code: 'custom', message: 'validation.phone' })
      }),
    email: z
      .string(key('validation.email'))
      .default('')
      .transform((v) => halfWidth(v).trim())
      .refine((v) => v === '' || (v.length <= PLATFORM_LIMITS.email && EMAIL.test(v)), key('validation.email')),
  },
  key('validation.platform.contactInvalid'),
)

const platformSchema = z.object(
  {
    name: text('validation.platform.nameRequired', 'validation.platform.nameTooLong', PLATFORM_LIMITS.name),
    operator: text('validation.platform.operatorRequired', 'validation.platform.operatorTooLong', PLATFORM_LIMITS.operator),
    creditCode: z
      .string(key('validation.platform.creditCodeRequired'))
      .transform(normaliseCreditCode)
      .superRefine((v, ctx) => {
        const problem = v === '' ? 'validation.platform.creditCodeRequired' : creditCodeProblem(v)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      }),
    types: z
      .array(z.enum(PLATFORM_TYPES, key('validation.platform.typeUnknown')), key('validation.typesRequired'))
      .default([])
      .refine((types) => types.length > 0, key('validation.typesRequired'))
      // one of each, in the notice's order, whatever order they were ticked in
      .transform((types): PlatformType[] => PLATFORM_TYPES.filter((t) => types.includes(t))),
    jurisdiction: text('validation.platform.jurisdictionRequired', 'validation.platform.jurisdictionTooLong', PLATFORM_LIMITS.jurisdiction),
    contacts: z
      .array(contactSchema, key('validation.platform.contactInvalid'))
      .max(PLATFORM_LIMITS.contacts, key('validation.platform.tooManyContacts'))
      .default([]),
    note: optionalText('validation.platform.noteTooLong', PLATFORM_LIMITS.note),
  },
  key('validation.platform.notAnObject'),
)

/** Whether a zod message is one of our keys (all of the schema's are; zod's own defaults are not). */
function isMessageKey(value: string): value is MessageKey {
  let node: unknown = zhCN
  for (const part of value.split('.')) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String).join('.')
  const messageKey: MessageKey = isMessageKey(issue.message) ? issue.message : 'validation.platform.notAnObject'
  const max = issue.code === 'too_big' ? Number(issue.maximum) : undefined
  return max === undefined ? { path, key: messageKey } : { path, key: messageKey, params: { max } }
}

/** Validates and normalises what the user entered: trimmed text, an upper-case credit code, the types once
 * each. Problems name the field by path (`contacts.1.phone`) and carry a translation key; one per field. */
export function validatePlatformInput(input: unknown): ValidationResult {
  const parsed = platformSchema.safeParse(input)
  if (parsed.success) {
    const { contacts, ...rest } = parsed.data
    return { ok: true, value: { ...rest, contacts: contacts.map((c): Contact => ({ ...c })) } }
  }
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const issue of parsed.error.issues) {
    const problem = toProblem(issue)
    if (seen.has(problem.path)) continue
    seen.add(problem.path)
    problems.push(problem)
  }
  return { ok: false, problems }
}

/** The form in which two names count as the same: half- and full-width alike, any case, any run of spaces. */
export function nameKey(name: string): string {
  return halfWidth(name).trim().replace(/\s+/g, ' ').toLocaleLowerCase('zh-CN')
}

export type UniquenessCandidate = Pick<Platform, 'name' | 'creditCode'> & { id?: string; archived?: boolean }

/**
 * The uniqueness rules: a name is used once among the platforms still overseen (an archived platform leaves
 * its name free), a credit code once among all platforms (an operator is one legal person whatever happens to
 * the platform). `existing` may include the candidate itself, which is skipped by id.
 */
export function uniquenessProblems(
  candidate: UniquenessCandidate,
  existing: readonly Pick<Platform, 'id' | 'name' | 'creditCode' | 'archived'>[],
): Problem[] {
  const problems: Problem[] = []
  const others = existing.filter((p) => p.id !== candidate.id)
  if (!candidate.archived) {
    const name = nameKey(candidate.name)
    const clash = others.find((p) => !p.archived && nameKey(p.name) === name)
    if (clash) problems.push({ path: 'name', key: 'validation.duplicateName', params: { name: clash.name } })
  }
  const code = normaliseCreditCode(candidate.creditCode)
  const holder = others.find((p) => normaliseCreditCode(p.creditCode) === code)
  if (holder) problems.push({ path: 'creditCode', key: 'validation.duplicateCreditCode', params: { name: holder.name } })
  return problems
}
