// Catalogue 检查目录: versioned; articles (not assessable) hold requirements (assessable clauses with stable
// ids such as `N9.1`), and requirements hold the parameters the rule checks read.
import type { PlatformType } from '../domain/platform'

export interface Article {
  /** `N1` … `N13` */
  id: string
  number: number
  titleZh: string
  titleEn: string
}

/** The parameter keys the rule checks read, with the shape of each value. */
export interface ParameterValues {
  /** N9: earnings suspension as a multiple of the silencing, inclusive range (2–3) */
  earningsSuspensionMultiple: { min: number; max: number }
  /** N9: days between a silencing's start and its suspension's start that still count as concurrent (1) */
  concurrencyToleranceDays: number
  /** N8: months without violations before earnings may be granted (3) */
  cleanRecordMonths: number
  /** N8: months of suspended earnings after an entity change (3) */
  entityChangeSuspensionMonths: number
  /** N7: accounts allowed per person (1) and per enterprise (2) on one platform */
  accountsPerPerson: number
  accountsPerEnterprise: number
  /** N2: fields whose accounts need an authenticated credential */
  regulatedFields: string[]
  /** N12: violation types whose accounts must be closed, blacklisted and reported */
  closureViolations: string[]
  /** N10: hype dispositions within a window that call for a follower freeze (3 within 90 days) */
  hypeDispositionThreshold: number
  hypeWindowDays: number
  /** N11: signed accounts disposed of in one report period that flag an MCN (3) */
  mcnDisposedAccountThreshold: number
  /** Article 7/12 matrix pattern: days between violations on different platforms (30) */
  crossPlatformWindowDays: number
}
export type ParameterKey = keyof ParameterValues

export type ParameterKind = 'integer' | 'range' | 'list'

export interface Parameter<K extends ParameterKey = ParameterKey> {
  key: K
  kind: ParameterKind
  value: ParameterValues[K]
  /** unit shown beside the value: days, months, times, accounts */
  unit: 'days' | 'months' | 'times' | 'accounts' | 'none'
  /** inclusive bounds for integers and range ends */
  min?: number
  max?: number
  labelZh: string
  labelEn: string
}

export interface Requirement {
  /** stable id, e.g. `N9.1`; never reused for another meaning */
  id: string
  articleId: string
  /** the notice's own wording */
  textZh: string
  /** a summary in our own words */
  summaryEn: string
  appliesTo: PlatformType[]
  /** what an inspector looks at to assess it */
  evidenceZh: string[]
  parameters: Parameter[]
}

/** Catalogue 检查目录 — one version of one catalogue. */
export interface Catalogue {
  /** record id: `${code}@${version}` */
  id: string
  /** the catalogue family, e.g. `cac-2023-personal-media` */
  code: string
  version: number
  titleZh: string
  titleEn: string
  /** 生效日期 YYYY-MM-DD */
  effectiveFrom: string
  /** the source document */
  sourceZh: string
  builtIn: boolean
  /** the version this one was derived from */
  basedOn: number | null
  note: string
  articles: Article[]
  requirements: Requirement[]
  createdAt: string
  createdBy: string
}
