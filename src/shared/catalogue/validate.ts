// Validating a catalogue: unknown input (an imported file, a derived version, a stored record) is checked
// for shape with zod, then for meaning (unique ids, existing articles, every parameter exactly once, values
// of the right kind within bounds). Problems are Messages, so the import dialog, the new-version form and
// the command line all show them in the user's language.
import { z } from '../util/zod'
import { PLATFORM_TYPES } from '../domain/platform'
import type { MessageKey, Problem } from '../i18n'
import { isIsoDate } from '../util/dates'
import { isParameterKey, PARAMETER_KEYS, PARAMETER_SPECS, type ParameterSpec } from './parameters'
import type { Article, Catalogue, Parameter, ParameterKey, ParameterKind, Requirement } from './types'

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[] }

/** The format marker exported files carry; files without it are accepted too. */
export const CATALOGUE_FORMAT = 'zimeiti-catalogue/1'

/** Past this many, the list stops: a file this wrong needs a look at its source, not a longer list. */
export const MAX_PROBLEMS = 50

/** A catalogue code becomes part of the record id (`code@version`) and of file names. */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const text = (max: number) => z.string().trim().min(1).max(max)

const parameterShape = z.object({
  key: z.string().min(1),
  kind: z.enum(['integer', 'range', 'list']),
  // checked against the kind below, where the message can name the parameter
  value: z.unknown(),
  unit: z.enum(['days', 'months', 'times', 'accounts', 'none']),
  min: z.number().nullish(),
  max: z.number().nullish(),
  labelZh: text(100),
  labelEn: z.string().max(200).default(''),
})

const articleShape = z.object({
  id: text(20),
  number: z.number().int().positive(),
  titleZh: text(100),
  titleEn: z.string().max(200).default(''),
})

const requirementShape = z.object({
  id: text(20),
  articleId: text(20),
  textZh: text(2000),
  summaryEn: z.string().max(2000).default(''),
  appliesTo: z.array(z.enum(PLATFORM_TYPES)).min(1),
  evidenceZh: z.array(text(200)).default([]),
  parameters: z.array(parameterShape).default([]),
})

const catalogueShape = z.object({
  format: z.string().optional(),
  id: z.string().optional(),
  code: z.string().max(80).regex(CODE_PATTERN),
  version: z.number().int().positive(),
  titleZh: text(200),
  titleEn: z.string().max(300).default(''),
  effectiveFrom: z.string(),
  sourceZh: z.string().max(300).default(''),
  builtIn: z.boolean().default(false),
  basedOn: z.number().int().positive().nullable().default(null),
  note: z.string().max(1000).default(''),
  // items are checked one by one (parseItems), so that one bad requirement does not hide the others' problems
  articles: z.array(z.unknown()).min(1).max(100),
  requirements: z.array(z.unknown()).min(1).max(1000),
  createdAt: z.string().default(''),
  createdBy: z.string().max(100).default(''),
})

type Segment = PropertyKey

/** `requirements[N9.1].textZh`: array items are named by their own id where they have one, since that is
 * what a person editing the file searches for. */
function displayPath(segments: readonly Segment[], input: unknown): string {
  let out = ''
  let node: unknown = input
  for (const segment of segments) {
    if (typeof segment === 'number') {
      const item: unknown = Array.isArray(node) ? node[segment] : undefined
      const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined
      out += typeof id === 'string' && id !== '' ? `[${id}]` : `[${segment}]`
      node = item
    } else {
      const name = String(segment)
      out += out === '' ? name : `.${name}`
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined
    }
  }
  return out
}

function problem(key: MessageKey, path: string, params?: Record<string, string | number>): Problem {
  return params ? { key, path, params } : { key, path }
}

function shapeProblem(issue: z.core.$ZodIssue, input: unknown, prefix: readonly Segment[] = []): Problem {
  const segments = [...prefix, ...issue.path]
  const path = segments.map(String).join('.')
  const shown = displayPath(segments, input)
  const missing = 'input' in issue && issue.input === undefined
  switch (issue.code) {
    case 'invalid_type':
      return problem(missing ? 'validation.catalogue.missingField' : 'validation.catalogue.invalidField', path, { path: shown })
    case 'invalid_value':
      return problem('validation.catalogue.invalidValue', path, { path: shown, value: String(issue.input) })
    case 'too_small':
      if (issue.origin === 'array') return problem('validation.catalogue.emptyField', path, { path: shown })
      if (issue.origin === 'string') return problem('validation.catalogue.missingField', path, { path: shown })
      return problem('validation.catalogue.invalidField', path, { path: shown })
    case 'too_big':
      if (issue.origin === 'string') return problem('validation.tooLong', path, { field: shown, max: Number(issue.maximum) })
      return problem('validation.catalogue.invalidField', path, { path: shown })
    case 'invalid_format':
      if (path === 'code') return problem('validation.catalogue.invalidCode', path, { value: String(issue.input) })
      return problem('validation.catalogue.invalidField', path, { path: shown })
    default:
      return problem('validation.catalogue.invalidField', path, { path: shown })
  }
}

/** The problems with one parameter's value, given its key, kind and bounds. The new-version form calls this
 * for each field, so it shows exactly what saving would refuse. `path` names the value; range ends get
 * `${path}.min` and `${path}.max`. */
export function parameterProblems(
  parameter: { key: ParameterKey; min?: number | null; max?: number | null },
  value: unknown,
  path: string,
): Problem[] {
  const { key } = parameter
  const spec: ParameterSpec = PARAMETER_SPECS[key]
  const low = Math.max(spec.floor ?? -Infinity, parameter.min ?? -Infinity)
  const high = parameter.max ?? Infinity
  const bounds = (n: number, at: string): Problem[] => {
    if (n >= low && n <= high) return []
    if (high === Infinity) return [problem('validation.catalogue.tooSmall', at, { key, min: low })]
    return [problem('validation.catalogue.outOfRange', at, { key, min: low, max: high })]
  }
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return [problem('validation.catalogue.notInteger', path, { key })]
      return bounds(value, path)
    case 'range': {
      const range = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
      const { min, max } = range
      if (typeof min !== 'number' || !Number.isFinite(min) || typeof max !== 'number' || !Number.isFinite(max)) {
        return [problem('validation.catalogue.notRange', path, { key })]
      }
      const found = [...bounds(min, `${path}.min`), ...bounds(max, `${path}.max`)]
      if (min > max) found.push(problem('validation.catalogue.rangeOrder', `${path}.max`, { key }))
      return found
    }
    case 'list': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        return [problem('validation.catalogue.notList', path, { key })]
      }
      const items = value.map((item) => item.trim())
      if (items.length === 0 || items.some((item) => item === '')) return [problem('validation.catalogue.emptyList', path, { key })]
      const found: Problem[] = []
      const seen = new Set<string>()
      for (const item of items) {
        if (seen.has(item)) found.push(problem('validation.catalogue.duplicateItem', path, { key, value: item }))
        seen.add(item)
        if (spec.allowed && !spec.allowed.includes(item)) {
          found.push(problem('validation.catalogue.unknownViolation', path, { key, value: item }))
        }
      }
      return found
    }
  }
}

type ParsedRequirement = z.infer<typeof requirementShape>

/** An item that passed its shape check, with its place in the input (problems name that place). */
interface Parsed<T> {
  item: T
  index: number
}

function parseItems<T>(schema: z.ZodType<T>, items: unknown, field: string, input: unknown): { parsed: Parsed<T>[]; problems: Problem[] } {
  const parsed: Parsed<T>[] = []
  const problems: Problem[] = []
  if (!Array.isArray(items)) return { parsed, problems }
  items.forEach((raw, index) => {
    const result = schema.safeParse(raw, { reportInput: true })
    if (result.success) parsed.push({ item: result.data, index })
    else problems.push(...result.error.issues.map((issue) => shapeProblem(issue, input, [field, index])))
  })
  return { parsed, problems }
}

/** Each parameter's kind, bounds and value; and, when every requirement could be read (`complete`), that
 * every key is there. */
function checkParameters(requirements: readonly Parsed<ParsedRequirement>[], complete: boolean): Problem[] {
  const found: Problem[] = []
  const seen = new Set<ParameterKey>()
  for (const { item: requirement, index: r } of requirements) {
    requirement.parameters.forEach((parameter, p) => {
      const at = `requirements.${r}.parameters.${p}`
      const { key } = parameter
      if (!isParameterKey(key)) {
        found.push(problem('validation.catalogue.unknownParameter', `${at}.key`, { key, id: requirement.id }))
        return
      }
      if (seen.has(key)) found.push(problem('validation.catalogue.duplicateParameter', `${at}.key`, { key }))
      seen.add(key)
      const expected: ParameterKind = PARAMETER_SPECS[key].kind
      if (parameter.kind !== expected) {
        found.push(problem('validation.catalogue.wrongKind', `${at}.kind`, { key, kind: expected }))
        return
      }
      const { min, max } = parameter
      if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) {
        found.push(problem('validation.catalogue.boundsOrder', at, { key }))
        return
      }
      found.push(...parameterProblems({ key, min, max }, parameter.value, `${at}.value`))
    })
  }
  if (complete) {
    for (const key of PARAMETER_KEYS) {
      if (!seen.has(key)) found.push(problem('validation.catalogue.missingParameter', 'requirements', { key }))
    }
  }
  return found
}

function duplicates(items: readonly Parsed<{ id: string }>[]): { id: string; index: number }[] {
  const seen = new Set<string>()
  const out: { id: string; index: number }[] = []
  for (const { item, index } of items) {
    if (seen.has(item.id)) out.push({ id: item.id, index })
    seen.add(item.id)
  }
  return out
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems
  const rest = problems.length - MAX_PROBLEMS
  return [...problems.slice(0, MAX_PROBLEMS), problem('validation.catalogue.tooManyProblems', '', { count: rest })]
}

/** A parameter as stored (its value already checked): bounds only where the source gave them. */
function toParameter(parameter: z.infer<typeof parameterShape>): Parameter {
  const { key, kind, unit, min, max, labelZh, labelEn } = parameter
  // list items were checked trimmed; store them so, or ' 金融' would never match an account's field
  const value = kind === 'list' && Array.isArray(parameter.value) ? (parameter.value as string[]).map((item) => item.trim()) : parameter.value
  const out = { key, kind, value, unit, labelZh, labelEn } as Parameter
  if (min !== null && min !== undefined) out.min = min
  if (max !== null && max !== undefined) out.max = max
  return out
}

function looksLikeCatalogue(input: object): boolean {
  return ['code', 'articles', 'requirements'].some((field) => field in input)
}

/** Checks unknown input as one catalogue version. The catalogue returned is a clean copy: defaults filled,
 * strings trimmed, unknown fields dropped, and its id always `code@version`. */
export function validateCatalogue(input: unknown): CatalogueResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [problem('validation.catalogue.notObject', '')] }
  }
  if (!looksLikeCatalogue(input)) return { ok: false, problems: [problem('validation.catalogue.notCatalogueShape', '')] }
  const raw = input as Record<string, unknown>
  if (raw.format !== undefined && raw.format !== CATALOGUE_FORMAT) {
    const shown = typeof raw.format === 'string' ? raw.format : JSON.stringify(raw.format)
    return { ok: false, problems: [problem('validation.catalogue.notCatalogue', 'format', { detail: `format = ${shown}` })] }
  }

  const top = catalogueShape.safeParse(input, { reportInput: true })
  const found: Problem[] = top.success ? [] : top.error.issues.map((issue) => shapeProblem(issue, input))
  const articleItems = parseItems(articleShape, raw.articles, 'articles', input)
  const requirementItems = parseItems(requirementShape, raw.requirements, 'requirements', input)
  found.push(...articleItems.problems, ...requirementItems.problems)

  // the checks of meaning run on whatever could be read, so one pass over a file lists most of its problems
  if (typeof raw.effectiveFrom === 'string' && !isIsoDate(raw.effectiveFrom)) {
    found.push(problem('validation.catalogue.invalidDate', 'effectiveFrom', { value: raw.effectiveFrom }))
  }
  for (const { id, index } of duplicates(articleItems.parsed)) {
    found.push(problem('validation.catalogue.duplicateArticle', `articles.${index}.id`, { id }))
  }
  for (const { id, index } of duplicates(requirementItems.parsed)) {
    found.push(problem('validation.catalogue.duplicateRequirement', `requirements.${index}.id`, { id }))
  }
  if (articleItems.problems.length === 0) {
    const articleIds = new Set(articleItems.parsed.map((a) => a.item.id))
    for (const { item: r, index } of requirementItems.parsed) {
      if (!articleIds.has(r.articleId)) {
        found.push(problem('validation.catalogue.unknownArticle', `requirements.${index}.articleId`, { id: r.id, article: r.articleId }))
      }
    }
  }
  found.push(...checkParameters(requirementItems.parsed, requirementItems.problems.length === 0))
  if (!top.success || found.length > 0) return { ok: false, problems: cap(found) }
  const c = top.data

  const articles: Article[] = articleItems.parsed.map(({ item: { id, number, titleZh, titleEn } }) => ({ id, number, titleZh, titleEn }))
  const requirements: Requirement[] = requirementItems.parsed.map(({ item: r }) => ({
    id: r.id,
    articleId: r.articleId,
    textZh: r.textZh,
    summaryEn: r.summaryEn,
    appliesTo: r.appliesTo,
    evidenceZh: r.evidenceZh,
    parameters: r.parameters.map(toParameter),
  }))
  const catalogue: Catalogue = {
    id: `${c.code}@${c.version}`,
    code: c.code,
    version: c.version,
    titleZh: c.titleZh,
    titleEn: c.titleEn,
    effectiveFrom: c.effectiveFrom,
    sourceZh: c.sourceZh,
    builtIn: c.builtIn,
    basedOn: c.basedOn,
    note: c.note,
    articles,
    requirements,
    createdAt: c.createdAt,
    createdBy: c.createdBy,
  }
  return { ok: true, catalogue }
}
