// Each platform's reporting in the period: its types, how many reports, dispositions and accounts, and when
// its last report arrived. A platform's name opens its page.
import { Card, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { TypeTags } from '@renderer/components/TypeTags'
import type { PlatformRow } from './summary'

export function PlatformTable({ rows }: { rows: readonly PlatformRow[] }) {
  const { t } = useTranslation()
  const number = (n: number) => n.toLocaleString()
  const columns: TableColumnsType<PlatformRow> = [
    { key: 'name', title: t('overview.table.platform'), render: (_, r) => <Link to={`/platforms/${r.platform.id}`}>{r.platform.name}</Link> },
    { key: 'types', title: t('overview.table.types'), width: 150, render: (_, r) => <TypeTags types={r.platform.types} /> },
    { key: 'reports', title: t('overview.table.reports'), align: 'right', render: (_, r) => number(r.reports) },
    { key: 'dispositions', title: t('overview.table.dispositions'), align: 'right', render: (_, r) => number(r.dispositions) },
    { key: 'accounts', title: t('overview.table.accounts'), align: 'right', render: (_, r) => number(r.accounts) },
    {
      key: 'lastReceived',
      title: t('overview.table.lastReceived'),
      render: (_, r) => r.lastReceived ?? <Typography.Text type="secondary">{t('overview.table.never')}</Typography.Text>,
      width: 110,
    },
  ]
  return (
    <Card size="small" title={t('overview.table.title')} styles={{ body: { padding: 0 } }}>
      <Table<PlatformRow> rowKey={(r) => r.platform.id} size="small" columns={columns} dataSource={[...rows]} pagination={false} data-testid="overview-platforms" />
    </Card>
  )
}
