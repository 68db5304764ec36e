// The four headline numbers of the overview. Each number is rendered as plain digits (end-to-end tests read
// `overview-kpi-*` as numbers).
import { FileTextOutlined, ShopOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons'
import { Card, Col, Flex, Row, Typography, theme } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { OverviewSummary } from './summary'

interface Kpi {
  key: 'platforms' | 'reports' | 'dispositions' | 'accounts'
  icon: ReactNode
  colour: string
  value: number
  hint: string
}

export function KpiCards({ kpi }: { kpi: OverviewSummary['kpi'] }) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const items: Kpi[] = [
    { key: 'platforms', icon: <ShopOutlined />, colour: token.colorInfo, value: kpi.platforms, hint: t('overview.kpi.platformsHint', { n: kpi.reportingPlatforms }) },
    { key: 'reports', icon: <FileTextOutlined />, colour: '#7c5cbf', value: kpi.reports, hint: t('overview.kpi.reportsHint') },
    { key: 'dispositions', icon: <WarningOutlined />, colour: token.colorPrimary, value: kpi.dispositions, hint: t('overview.kpi.dispositionsHint') },
    { key: 'accounts', icon: <TeamOutlined />, colour: '#1f8a70', value: kpi.accounts, hint: t('overview.kpi.accountsHint') },
  ]
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} xl={6}>
          <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: '16px 20px' } }}>
            <Flex justify="space-between" align="flex-start">
              <div>
                <Typography.Text type="secondary">{t(`overview.kpi.${item.key}`)}</Typography.Text>
                <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }} data-testid={`overview-kpi-${item.key}`}>
                  {String(item.value)}
                </div>
              </div>
              <span style={{ fontSize: 20, color: item.colour, background: `${item.colour}14`, borderRadius: 8, padding: '6px 8px', lineHeight: 1 }}>{item.icon}</span>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.hint}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  )
}
