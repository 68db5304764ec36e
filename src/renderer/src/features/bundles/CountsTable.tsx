// Counts by kind of record: what an import would do (the preview) or did (the summary).
import { Table, type TableColumnsType } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { RECORD_KINDS, type RecordKind } from '@shared/bundles/merge'
import type { KindCounts } from '@shared/bundles/resolve'

type Row = KindCounts & { kind: RecordKind }
const COUNTS = ['added', 'updated', 'unchanged', 'keptLocal', 'conflicts'] as const

export function CountsTable({ counts }: { counts: Record<RecordKind, KindCounts> }) {
  const { t } = useTranslation()
  const columns: TableColumnsType<Row> = [
    { key: 'kind', title: t('bundles.counts.kind'), render: (_, row) => t(`bundles.kinds.${row.kind}`) },
    ...COUNTS.map((key) => ({
      key,
      title: t(`bundles.counts.${key}`),
      align: 'right' as const,
      width: 110,
      render: (_: unknown, row: Row) => (row[key] === 0 ? <span style={{ color: '#bfbfbf' }}>0</span> : row[key]),
    })),
  ]
  return (
    <Table<Row>
      rowKey="kind"
      size="small"
      columns={columns}
      dataSource={RECORD_KINDS.map((kind) => ({ ...counts[kind], kind }))}
      pagination={false}
      onRow={(row) => ({ 'data-kind': row.kind }) as HTMLAttributes<HTMLElement>}
    />
  )
}
