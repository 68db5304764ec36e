// The parameters the rule checks read from one catalogue version, in one table: what each means, its value
// with its unit, the bounds an office may set it within, and the requirement it belongs to.
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Catalogue, Parameter } from '@shared/catalogue/types'
import { useCatalogueDisplay } from './display'

interface Row {
  requirementId: string
  parameter: Parameter
}

export function ParameterTable({ catalogue, onShowRequirement }: { catalogue: Catalogue; onShowRequirement: (id: string) => void }) {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const rows: Row[] = catalogue.requirements.flatMap((r) => r.parameters.map((parameter) => ({ requirementId: r.id, parameter })))

  const columns: TableColumnsType<Row> = [
    { title: t('catalogue.version.parameter'), key: 'label', render: (_, row) => display.label(row.parameter) },
    {
      title: t('catalogue.version.value'),
      key: 'value',
      render: (_, row) =>
        row.parameter.kind === 'list' ? (
          <span data-testid={`parameter-value-${row.parameter.key}`}>
            {(row.parameter.value as string[]).map((item) => (
              <Tag key={item} style={{ marginBlock: 2 }}>
                {display.item(row.parameter.key, item)}
              </Tag>
            ))}
          </span>
        ) : (
          <Typography.Text strong data-testid={`parameter-value-${row.parameter.key}`}>
            {display.value(row.parameter)}
          </Typography.Text>
        ),
    },
    {
      title: t('catalogue.version.bounds'),
      key: 'bounds',
      width: 140,
      render: (_, row) => <Typography.Text type="secondary">{display.bounds(row.parameter) || t('catalogue.value.none')}</Typography.Text>,
    },
    {
      title: t('catalogue.version.requirement'),
      key: 'requirement',
      width: 96,
      render: (_, row) => (
        <Button type="link" size="small" style={{ paddingInline: 0, fontFamily: 'monospace' }} onClick={() => onShowRequirement(row.requirementId)}>
          {row.requirementId}
        </Button>
      ),
    },
  ]

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('catalogue.version.parametersHint')}
      </Typography.Paragraph>
      <Table<Row> rowKey={(row) => row.parameter.key} size="small" bordered columns={columns} dataSource={rows} pagination={false} data-testid="parameter-table" />
    </>
  )
}
