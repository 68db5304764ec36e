// How catalogue values read on screen: parameter values with their units, bounds, list items (violation
// codes by their names), the Chinese numerals of article headings, and problems as field messages.
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Catalogue, Parameter } from '@shared/catalogue/types'
import { VIOLATION_TYPES, type ViolationType } from '@shared/domain/records'
import type { Problem } from '@shared/i18n'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 99 → 九十九: the numbering of the notice's own articles. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n)
  if (n < 10) return DIGITS[n] ?? String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`
}

type UnitWord = 'days' | 'months' | 'times' | 'accounts' | 'multiple'

/** The catalogue's unit `times` means two things: a multiple for a range (2–3倍), a count for a whole number
 * (3次). The shared `domain.unit` labels cannot tell them apart, nor make English plurals, so this feature
 * words units itself. */
function unitOf(parameter: Pick<Parameter, 'unit' | 'kind'>): UnitWord | null {
  if (parameter.unit === 'none') return null
  if (parameter.unit === 'times') return parameter.kind === 'range' ? 'multiple' : 'times'
  return parameter.unit
}

function isViolation(item: string): item is ViolationType {
  return (VIOLATION_TYPES as readonly string[]).includes(item)
}

export function useCatalogueDisplay() {
  const { t, i18n } = useTranslation()
  const english = i18n.language === 'en'

  const item = (key: Parameter['key'], value: string): string =>
    key === 'closureViolations' && isViolation(value) ? t(`domain.violation.${value}`) : value

  /** A value with its unit, in the unit's plural form for `count` (the larger end of a range). */
  const withUnit = (parameter: Pick<Parameter, 'unit' | 'kind'>, value: string, count: number): string => {
    const unit = unitOf(parameter)
    if (unit === null) return value
    return unit === 'multiple' ? t('catalogue.unit.multiple', { value }) : t(`catalogue.unit.${unit}`, { value, count })
  }

  return {
    english,
    title: (catalogue: Pick<Catalogue, 'titleZh' | 'titleEn'>): string =>
      english && catalogue.titleEn !== '' ? catalogue.titleEn : catalogue.titleZh,
    /** who made the version and when; the built-in one was made by nobody here */
    creator: (catalogue: Catalogue): { name: string; at: string } =>
      catalogue.builtIn
        ? { name: t('catalogue.builtInCreator'), at: '' }
        : { name: catalogue.createdBy || t('audit.unknownActor'), at: catalogue.createdAt ? dayjs(catalogue.createdAt).format('YYYY-MM-DD HH:mm') : '' },
    label: (parameter: Pick<Parameter, 'labelZh' | 'labelEn'>): string =>
      english && parameter.labelEn !== '' ? parameter.labelEn : parameter.labelZh,
    /** one list item as a person reads it */
    item,
    /** the whole value with its unit, e.g. `2–3倍`, `30天`, `金融、教育` */
    value: (parameter: Parameter, value: unknown = parameter.value): string => {
      if (Array.isArray(value)) return value.map((v) => item(parameter.key, String(v))).join(t('catalogue.value.listSeparator'))
      if (value !== null && typeof value === 'object') {
        const { min, max } = value as { min?: unknown; max?: unknown }
        return withUnit(parameter, t('catalogue.value.range', { min: String(min), max: String(max) }), Number(max))
      }
      return withUnit(parameter, String(value), Number(value))
    },
    /** the unit word alone, beside an input; undefined for parameters without one */
    suffix: (parameter: Pick<Parameter, 'unit' | 'kind'>): string | undefined => {
      const unit = unitOf(parameter)
      return unit === null ? undefined : t(`catalogue.suffix.${unit}`)
    },
    /** the allowed bounds, or '' when the parameter has none */
    bounds: (parameter: Parameter): string => {
      if (parameter.min !== undefined && parameter.max !== undefined) {
        return withUnit(parameter, t('catalogue.value.boundsBoth', { min: parameter.min, max: parameter.max }), parameter.max)
      }
      if (parameter.min !== undefined) return withUnit(parameter, t('catalogue.value.boundsMin', { min: parameter.min }), parameter.min)
      return ''
    },
  }
}

/** Validation problems as the short messages shown beside a form field (the field already names the
 * parameter); problems with no short form keep their full message. */
const FIELD_MESSAGES = {
  'validation.catalogue.notInteger': 'catalogue.form.notInteger',
  'validation.catalogue.notRange': 'catalogue.form.notNumber',
  'validation.catalogue.outOfRange': 'catalogue.form.outOfRange',
  'validation.catalogue.tooSmall': 'catalogue.form.tooSmall',
  'validation.catalogue.rangeOrder': 'catalogue.form.rangeOrder',
  'validation.catalogue.emptyList': 'catalogue.form.emptyList',
  'validation.catalogue.notList': 'catalogue.form.emptyList',
  'validation.catalogue.duplicateItem': 'catalogue.form.duplicateItem',
  'validation.catalogue.unknownViolation': 'catalogue.form.unknownViolation',
  'validation.catalogue.effectiveBeforeBase': 'catalogue.form.effectiveBeforeBase',
} as const

export function useProblemText() {
  const { t } = useTranslation()
  return {
    /** the full message, for lists of problems */
    full: (problem: Problem): string => t(problem.key, problem.params),
    /** the short message, beside the field it is about */
    field: (problem: Problem): string => {
      const short = (FIELD_MESSAGES as Partial<Record<string, (typeof FIELD_MESSAGES)[keyof typeof FIELD_MESSAGES]>>)[problem.key]
      return short ? t(short, problem.params) : t(problem.key, problem.params)
    },
  }
}
