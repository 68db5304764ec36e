// Which fields of an evidence record are shown, in what order, under which label: the import contract's
// labels (@shared/import/fields, the words the platforms' own files use), with coded values through the
// `domain.*` labels. The account id and name head each record, so they are not repeated in its fields.
import type { TFunction } from 'i18next'
import type { ReportKind, RowsByKind } from '@shared/domain/records'
import { fieldDef } from '@shared/import/fields'

type FieldList<K extends ReportKind> = readonly (readonly [keyof RowsByKind[K] & string, string])[]

/** Row field → import field key, per kind, in the order of the import contract. */
export const EVIDENCE_FIELDS: { [K in ReportKind]: FieldList<K> } = {
  accounts: [
    ['holderType', 'holder_type'],
    ['holderKey', 'holder_key'],
    ['mcn', 'mcn'],
    ['followers', 'followers'],
    ['field', 'field'],
    ['credentialStatus', 'credential_status'],
    ['credentialExpiry', 'credential_expiry'],
    ['earningsEnabled', 'earnings_enabled'],
    ['entityChangedOn', 'entity_changed_on'],
    ['status', 'account_status'],
    ['registeredOn', 'registered_on'],
    ['snapshotDate', 'snapshot_date'],
  ],
  dispositions: [
    ['dispositionId', 'disposition_id'],
    ['violationType', 'violation_type'],
    ['violationDate', 'violation_date'],
    ['measure', 'measure'],
    ['measureStart', 'measure_start'],
    ['measureDays', 'measure_days'],
    ['measureEnd', 'measure_end'],
    ['followersRemoved', 'followers_removed'],
    ['reportedToCac', 'reported_to_cac'],
    ['summary', 'summary'],
    ['contentUrl', 'content_url'],
  ],
  earnings: [
    ['action', 'action'],
    ['effectiveDate', 'effective_date'],
    ['endDate', 'end_date'],
    ['reason', 'reason'],
  ],
}

export function fieldLabel(kind: ReportKind, key: string, language: string): string {
  const def = fieldDef(kind, key)
  if (!def) return key
  return language.startsWith('zh') ? def.labelZh : def.labelEn
}

export interface FieldValue {
  field: string
  label: string
  text: string
  /** the whole value when `text` shortens it (a holder key is a 64-character hash) */
  full: string | null
  /** the value is missing (shown dimmed) */
  empty: boolean
  /** free text that may wrap; codes, numbers and dates stay on one line */
  prose: boolean
}

const PROSE = new Set(['summary', 'contentUrl', 'reason', 'mcn'])

/** One record's fields as label and text, in order. */
export function evidenceFields<K extends ReportKind>(t: TFunction, kind: K, row: RowsByKind[K], language: string): FieldValue[] {
  const values = row as unknown as Record<string, unknown>
  const number = new Intl.NumberFormat(language)
  const text = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null
    switch (field) {
      case 'holderType':
        return t(`domain.holderType.${value as RowsByKind['accounts']['holderType']}`)
      case 'credentialStatus':
        return t(`domain.credentialStatus.${value as NonNullable<RowsByKind['accounts']['credentialStatus']>}`)
      case 'status':
        return t(`domain.accountStatus.${value as NonNullable<RowsByKind['accounts']['status']>}`)
      case 'violationType':
        return t(`domain.violation.${value as RowsByKind['dispositions']['violationType']}`)
      case 'measure':
        return t(`domain.measure.${value as RowsByKind['dispositions']['measure']}`)
      case 'action':
        return t(`domain.earningsAction.${value as RowsByKind['earnings']['action']}`)
      case 'measureDays':
        return `${number.format(value as number)}${language.startsWith('zh') ? '' : ' '}${t('domain.unit.days')}`
    }
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
    if (typeof value === 'number') return number.format(value)
    return typeof value === 'string' ? value : JSON.stringify(value)
  }
  return (EVIDENCE_FIELDS[kind] as readonly (readonly [string, string])[]).map(([field, key]) => {
    // a permanent measure has no length: say so rather than leave the cell blank
    const shown = field === 'measureDays' && values.permanent === true ? t('findings.evidence.permanent') : text(field, values[field])
    const long = field === 'holderKey' && shown !== null && shown.length > 16
    return {
      field,
      label: fieldLabel(kind, key, language),
      text: shown === null ? t('findings.none') : long ? `${shown.slice(0, 12)}…` : shown,
      full: long ? shown : null,
      empty: shown === null,
      prose: PROSE.has(field),
    }
  })
}
