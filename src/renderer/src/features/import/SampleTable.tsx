// The file's first rows as they are, under the file's own headers; each header shows the field it is
// imported as, so that a wrong mapping is seen before anything is validated.
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ReportKind } from '@shared/domain/records'
import type { Mapping } from '@shared/import/header'
import { labelOf } from './format'

interface Props {
  kind: ReportKind
  headers: readonly string[]
  mapping: Mapping
  sample: readonly (readonly string[])[]
}

interface SampleRow {
  /** 1, 2, … (blank rows of the file are left out of the sample, so these are not file row numbers) */
  key: number
  cells: readonly string[]
}

export function SampleTable({ kind, headers, mapping, sample }: Props) {
  const { t, i18n } = useTranslation()
  const fieldOf = new Map<string, string>()
  for (const [field, header] of Object.entries(mapping)) if (!fieldOf.has(header)) fieldOf.set(header, field)

  const columns: TableColumnsType<SampleRow> = headers.map((header, i) => {
    const field = headers.indexOf(header) === i ? fieldOf.get(header) : undefined
    return {
      key: String(i),
      title: (
        <Flex vertical gap={2}>
          <span>{header === '' ? t('import.mapping.unnamedColumn', { n: i + 1 }) : header}</span>
          {field ? (
            <Tag color="processing" style={{ marginInlineEnd: 0, width: 'fit-content' }}>
              {labelOf(kind, field, i18n.language)}
            </Tag>
          ) : (
            <Tag style={{ marginInlineEnd: 0, width: 'fit-content' }}>{t('import.mapping.skip')}</Tag>
          )}
        </Flex>
      ),
      ellipsis: true,
      width: 140,
      render: (_, r) => r.cells[i] ?? '',
    }
  })

  return (
    <Table<SampleRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={[{ key: 'row', title: '#', width: 56, fixed: 'left', render: (_, r) => <Typography.Text type="secondary">{r.key}</Typography.Text> }, ...columns]}
      dataSource={sample.map((cells, i) => ({ key: i + 1, cells }))}
      scroll={{ x: 'max-content' }}
      data-testid="import-sample"
    />
  )
}
