// Where a row came from: its report's file name, linked to the report's provenance under 报送记录, and the
// row's line in that file.
import { FileTextOutlined } from '@ant-design/icons'
import { Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RowSource } from '@shared/accounts/timeline'
import type { Report } from '@shared/domain/report'

export function Provenance({ source, report }: { source: RowSource; report: Report | undefined }) {
  const { t } = useTranslation()
  return (
    <Space size={6} style={{ fontSize: 12 }} data-testid="account-provenance">
      <FileTextOutlined style={{ opacity: 0.45 }} />
      {report ? (
        <Link to={`/reports/${encodeURIComponent(report.id)}`} title={report.fileName}>
          {report.fileName}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('accounts.timeline.unknownReport')}</Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('accounts.timeline.row', { row: source.line })}
      </Typography.Text>
    </Space>
  )
}
