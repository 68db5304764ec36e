// A preview of the accepted rows with the kind's main columns, codes shown by their names (domain.*), so
// that the user sees what will be stored — one row per measure where a cell named several.
import { Table, Typography, type TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AccountSnapshot, Disposition, EarningsChange, ReportKind, RowsByKind } from '@shared/domain/records'
import { labelOf } from './format'

type AnyRow = RowsByKind[ReportKind]
type Column = { field: string; render: (row: AnyRow) => string }

const yesNo = (t: TFunction, v: boolean | null) => (v === null ? '' : v ? t('common.yes') : t('common.no'))

function columnsFor(kind: ReportKind, t: TFunction): Column[] {
  const d = (f: (r: Disposition) => string) => (r: AnyRow) => f(r as Disposition)
  const a = (f: (r: AccountSnapshot) => string) => (r: AnyRow) => f(r as AccountSnapshot)
  const e = (f: (r: EarningsChange) => string) => (r: AnyRow) => f(r as EarningsChange)
  if (kind === 'dispositions')
    return [
      { field: 'disposition_id', render: d((r) => r.dispositionId) },
      { field: 'platform_account_id', render: d((r) => r.accountId) },
      { field: 'account_name', render: d((r) => r.accountName) },
      { field: 'violation_type', render: d((r) => t(`domain.violation.${r.violationType}`)) },
      { field: 'violation_date', render: d((r) => r.violationDate) },
      { field: 'measure', render: d((r) => t(`domain.measure.${r.measure}`)) },
      { field: 'measure_days', render: d((r) => (r.permanent ? t('import.accepted.permanent') : r.measureDays === null ? '' : t('import.accepted.days', { n: r.measureDays }))) },
      { field: 'measure_start', render: d((r) => r.measureStart ?? '') },
      { field: 'measure_end', render: d((r) => r.measureEnd ?? '') },
      { field: 'reported_to_cac', render: d((r) => yesNo(t, r.reportedToCac)) },
    ]
  if (kind === 'accounts')
    return [
      { field: 'platform_account_id', render: a((r) => r.accountId) },
      { field: 'account_name', render: a((r) => r.accountName) },
      { field: 'holder_type', render: a((r) => t(`domain.holderType.${r.holderType}`)) },
      { field: 'mcn', render: a((r) => r.mcn) },
      { field: 'followers', render: a((r) => (r.followers === null ? '' : r.followers.toLocaleString())) },
      { field: 'field', render: a((r) => r.field) },
      { field: 'credential_status', render: a((r) => (r.credentialStatus ? t(`domain.credentialStatus.${r.credentialStatus}`) : '')) },
      { field: 'earnings_enabled', render: a((r) => yesNo(t, r.earningsEnabled)) },
      { field: 'account_status', render: a((r) => (r.status ? t(`domain.accountStatus.${r.status}`) : '')) },
      { field: 'snapshot_date', render: a((r) => r.snapshotDate ?? '') },
    ]
  return [
    { field: 'platform_account_id', render: e((r) => r.accountId) },
    { field: 'account_name', render: e((r) => r.accountName) },
    { field: 'action', render: e((r) => t(`domain.earningsAction.${r.action}`)) },
    { field: 'effective_date', render: e((r) => r.effectiveDate) },
    { field: 'end_date', render: e((r) => r.endDate ?? '') },
    { field: 'reason', render: e((r) => r.reason) },
  ]
}

interface Props {
  kind: ReportKind
  rows: readonly AnyRow[]
}

export function AcceptedTable({ kind, rows }: Props) {
  const { t, i18n } = useTranslation()
  const columns: TableColumnsType<{ key: number; row: AnyRow }> = [
    { key: '#', title: '#', width: 56, render: (_, r) => <Typography.Text type="secondary">{r.key + 1}</Typography.Text> },
    ...columnsFor(kind, t).map((c) => ({ key: c.field, title: labelOf(kind, c.field, i18n.language), ellipsis: true, render: (_: unknown, r: { row: AnyRow }) => c.render(r.row) })),
  ]
  return (
    <Table
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows.map((row, key) => ({ key, row }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      data-testid="import-accepted-table"
    />
  )
}
