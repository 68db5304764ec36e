// Rectification as the findings drawer shows it: 发起整改 for a finding that can be ordered (it opens the
// order form with this finding ticked; others of the platform can be added there), and for a finding in
// an order, that order's number as a link — with the red overdue tag when the order is past its deadline.
import { FileProtectOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Finding } from '@shared/domain/findings'
import { canOrder } from '@shared/rectifications/order'
import { useOrderOfFinding, useToday } from './hooks'
import { OverdueTag } from './labels'

export function FindingRectifyButton({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  if (finding.status !== 'open' && finding.status !== 'confirmed') return null
  const button = (
    <Button
      icon={<FileProtectOutlined />}
      disabled={!canOrder(finding)}
      onClick={() => void navigate(`/rectifications/new?findings=${encodeURIComponent(finding.id)}`)}
      data-testid="finding-rectify"
    >
      {t('rectifications.finding.rectify')}
    </Button>
  )
  return <Tooltip title={t(finding.stale ? 'rectifications.finding.staleNoRectify' : 'rectifications.finding.rectifyHint')}>{button}</Tooltip>
}

/** The order a finding in rectification belongs to; `fallback` while there is none to show. */
export function FindingOrderLink({ finding, fallback }: { finding: Finding; fallback: string }) {
  const { t } = useTranslation()
  const order = useOrderOfFinding(finding.id)
  const today = useToday()
  if (!order) return <Typography.Text type="secondary">{fallback}</Typography.Text>
  return (
    <Space size={6} data-testid="finding-order" data-id={order.id}>
      <Link to={`/rectifications/${encodeURIComponent(order.id)}`}>
        {t(order.status === 'closed' ? 'rectifications.finding.closedUnder' : 'rectifications.finding.underOrder', { number: order.documentNumber })}
      </Link>
      <OverdueTag order={order} today={today} testId="finding-overdue" />
    </Space>
  )
}
