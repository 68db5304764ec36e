// Labels for what a report records: its header-mapping fields and the keys of its aggregates, whose meaning
// depends on the report's kind. Unknown keys (a future importer's) are shown as they are.
import { ACCOUNT_STATUSES, EARNINGS_ACTIONS, MEASURES, VIOLATION_TYPES, type ReportKind } from '@shared/domain/records'
import { zhCN, type MessageKey } from '@shared/i18n'

type Translate = (key: MessageKey) => string

const FIELDS = new Set(Object.keys(zhCN.reports.fields))

export function fieldLabel(t: Translate, field: string): string {
  return FIELDS.has(field) ? t(`reports.fields.${field as keyof typeof zhCN.reports.fields}`) : field
}

function oneOf<T extends string>(list: readonly T[], key: string): key is T {
  return (list as readonly string[]).includes(key)
}

/** The label of a `byCategory` key: a status (accounts), a violation type (dispositions), an action (earnings). */
export function categoryLabel(t: Translate, kind: ReportKind, key: string): string {
  if (kind === 'dispositions' && oneOf(VIOLATION_TYPES, key)) return t(`domain.violation.${key}`)
  if (kind === 'earnings' && oneOf(EARNINGS_ACTIONS, key)) return t(`domain.earningsAction.${key}`)
  if (kind === 'accounts' && oneOf(ACCOUNT_STATUSES, key)) return t(`domain.accountStatus.${key}`)
  return key
}

export function measureLabel(t: Translate, key: string): string {
  return oneOf(MEASURES, key) ? t(`domain.measure.${key}`) : key
}
