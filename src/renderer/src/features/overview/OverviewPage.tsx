// The home dashboard: headline numbers, dispositions by month, type and measure, and each platform's
// reporting, for one quarter or all time. It reads only the platform list and the report records (their
// aggregates), never the packed rows, so it opens instantly however large the reports are.
import { ShopOutlined } from '@ant-design/icons'
import { Button, Col, Empty, Flex, Row, Select, Skeleton, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useDesk } from '@renderer/app/desk'
import { MeasureChart, MonthlyChart, ViolationChart } from './DispositionCharts'
import { KpiCards } from './KpiCards'
import { PlatformTable } from './PlatformTable'
import { quartersCovered, summarise } from './summary'

const ALL = 'all'

export function OverviewPage() {
  const { t } = useTranslation()
  const { db } = useDesk()
  const navigate = useNavigate()
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db])
  const reports = useLiveQuery(() => db.reports.where('status').equals('committed').toArray(), [db])
  const quarters = useMemo(() => quartersCovered(reports ?? []), [reports])
  const [chosen, setChosen] = useState<string | null>(null)
  // the newest quarter with data until the user picks another
  const period = chosen ?? quarters[0] ?? ALL
  const summary = useMemo(
    () => (platforms && reports ? summarise(reports, platforms, period === ALL ? null : period) : null),
    [platforms, reports, period],
  )

  if (!summary || !reports) return <Skeleton active paragraph={{ rows: 8 }} />

  if (reports.length === 0) {
    return (
      <Flex vertical align="center" justify="center" style={{ minHeight: '60vh' }} data-testid="overview-empty">
        <Empty
          description={
            <Flex vertical gap={4} style={{ maxWidth: 440 }}>
              <Typography.Text strong>{t('overview.empty.title')}</Typography.Text>
              <Typography.Text type="secondary">{t('overview.empty.hint')}</Typography.Text>
            </Flex>
          }
        >
          <Button type="primary" icon={<ShopOutlined />} onClick={() => void navigate('/platforms')}>
            {t('overview.empty.platforms')}
          </Button>
        </Empty>
      </Flex>
    )
  }

  const quarterLabel = (q: string) => t(`overview.quarter.q${Number(q.slice(5)) as 1 | 2 | 3 | 4}`, { year: q.slice(0, 4) })
  return (
    <Flex vertical gap={16} data-testid="overview">
      <Flex justify="space-between" align="flex-end" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('overview.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('overview.subtitle')}</Typography.Text>
        </div>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t('overview.period')}</Typography.Text>
          <Select
            value={period}
            onChange={setChosen}
            style={{ minWidth: 180 }}
            options={[...quarters.map((q) => ({ value: q, label: quarterLabel(q) })), { value: ALL, label: t('overview.allPeriods') }]}
            data-testid="overview-period"
          />
        </Flex>
      </Flex>
      <KpiCards kpi={summary.kpi} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <MonthlyChart byMonth={summary.byMonth} platforms={summary.perPlatform} />
        </Col>
        <Col xs={24} xl={10}>
          <MeasureChart byMeasure={summary.byMeasure} />
        </Col>
        <Col xs={24} xl={10}>
          <ViolationChart byViolation={summary.byViolation} />
        </Col>
        <Col xs={24} xl={14}>
          <PlatformTable rows={summary.perPlatform} />
        </Col>
      </Row>
    </Flex>
  )
}
