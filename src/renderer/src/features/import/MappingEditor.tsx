// The mapping editor: each canonical field of the report kind (labels in the UI language, required ones
// marked) → a column of the file, or 不导入; beside it, an example value from the file's first rows.
import { Select, Table, Typography, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportKind } from '@shared/domain/records'
import type { Mapping } from '@shared/import/header'
import { fieldsOf, isRequired, labelOf } from './format'

/** The value of the 不导入 option: no header text is a lone NUL. */
const SKIP = '\u0000'

interface Props {
  kind: ReportKind
  headers: readonly string[]
  mapping: Mapping
  sample: readonly (readonly string[])[]
  onChange: (field: string, header: string | null) => void
  disabled?: boolean
}

interface FieldRow {
  key: string
  label: string
  required: boolean
}

export function MappingEditor({ kind, headers, mapping, sample, onChange, disabled = false }: Props) {
  const { t, i18n } = useTranslation()
  const rows: FieldRow[] = fieldsOf(kind).map((key) => ({ key, label: labelOf(kind, key, i18n.language), required: isRequired(kind, key) }))

  // one option per distinct header (the reader takes the first column of a repeated name)
  const options = useMemo(() => {
    const seen = new Set<string>()
    const list = [{ value: SKIP, label: t('import.mapping.skip') }]
    headers.forEach((header, i) => {
      if (seen.has(header)) return
      seen.add(header)
      list.push({ value: header, label: header === '' ? t('import.mapping.unnamedColumn', { n: i + 1 }) : header })
    })
    return list
  }, [headers, t])

  const example = (header: string | undefined): string => {
    if (header === undefined) return ''
    const at = headers.indexOf(header)
    return sample.map((r) => r[at] ?? '').find((v) => v !== '') ?? ''
  }

  const columns: TableColumnsType<FieldRow> = [
    {
      key: 'field',
      title: t('import.mapping.field'),
      width: 200,
      render: (_, r) => (
        <span>
          {r.required ? <Typography.Text type="danger">{'* '}</Typography.Text> : null}
          {r.label}
        </span>
      ),
    },
    {
      key: 'column',
      title: t('import.mapping.column'),
      width: 260,
      render: (_, r) => (
        <Select<string>
          value={mapping[r.key] ?? SKIP}
          options={options}
          onChange={(value) => onChange(r.key, value === SKIP ? null : value)}
          disabled={disabled}
          showSearch={{ optionFilterProp: 'label' }}
          status={r.required && mapping[r.key] === undefined ? 'error' : undefined}
          style={{ width: '100%' }}
          data-testid={`import-mapping-${r.key}`}
          aria-label={r.label}
        />
      ),
    },
    {
      key: 'sample',
      title: t('import.mapping.sample'),
      ellipsis: true,
      render: (_, r) => <Typography.Text type="secondary">{example(mapping[r.key])}</Typography.Text>,
    },
  ]

  return <Table<FieldRow> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows} data-testid="import-mapping" />
}
