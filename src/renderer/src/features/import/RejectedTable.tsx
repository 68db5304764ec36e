// The rejected rows of a validation: row number, field (in the UI language), the value as the file had it
// (plain text, never markup) and the reason. Only the first ones cross from the worker; the export has all.
import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ReportKind } from '@shared/domain/records'
import type { RowError } from '@shared/import/rows'
import { labelOf } from './format'

interface Props {
  kind: ReportKind
  errors: readonly RowError[]
}

interface ErrorRow extends RowError {
  key: number
}

export function RejectedTable({ kind, errors }: Props) {
  const { t, i18n } = useTranslation()
  const columns: TableColumnsType<ErrorRow> = [
    { key: 'row', title: t('import.rejected.row'), dataIndex: 'row', width: 90, align: 'right' },
    { key: 'field', title: t('import.rejected.field'), width: 180, render: (_, e) => labelOf(kind, e.field, i18n.language) },
    {
      key: 'value',
      title: t('import.rejected.value'),
      ellipsis: { showTitle: true },
      render: (_, e) => (e.value === '' ? <Typography.Text type="secondary">{t('import.rejected.empty')}</Typography.Text> : <Typography.Text code>{e.value}</Typography.Text>),
    },
    { key: 'reason', title: t('import.rejected.reason'), render: (_, e) => <Typography.Text type="danger">{t(e.reason.key, e.reason.params)}</Typography.Text> },
  ]
  return (
    <Table<ErrorRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={errors.map((e, key) => ({ ...e, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('import.rejected.none') }}
      data-testid="import-rejected-table"
    />
  )
}
