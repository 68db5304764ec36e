// The reports a platform has submitted (平台报送), newest import first: what kind, which period, which file,
// how many rows, when it was imported.
import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/domain/report'
import { usePlatformReports } from './hooks'

export function PlatformReports({ platformId }: { platformId: string }) {
  const { t } = useTranslation()
  const reports = usePlatformReports(platformId)

  const columns: TableColumnsType<Report> = [
    { key: 'kind', title: t('platforms.reports.kind'), render: (_, r) => t(`domain.reportKind.${r.kind}`) },
    {
      key: 'period',
      title: t('platforms.reports.period'),
      // a snapshot (an account list as of one day) has a period of one day: show it once
      render: (_, r) => (r.periodStart === r.periodEnd ? r.periodStart : t('platforms.reports.periodValue', { start: r.periodStart, end: r.periodEnd })),
    },
    {
      key: 'file',
      title: t('platforms.reports.fileName'),
      ellipsis: true,
      render: (_, r) => (
        <>
          <Typography.Text delete={r.status === 'rolledBack'}>{r.fileName}</Typography.Text>
          {r.status === 'rolledBack' ? <Tag style={{ marginInlineStart: 8 }}>{t('platforms.reports.rolledBack')}</Tag> : null}
        </>
      ),
    },
    { key: 'rows', title: t('platforms.reports.rows'), align: 'right', render: (_, r) => r.counts.rows.toLocaleString() },
    { key: 'importedAt', title: t('platforms.reports.importedAt'), render: (_, r) => dayjs(r.importedAt).format('YYYY-MM-DD HH:mm') },
  ]

  return (
    <Table<Report>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={reports ?? []}
      loading={reports === undefined}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('platforms.reports.none') }}
      data-testid="platform-reports"
    />
  )
}
