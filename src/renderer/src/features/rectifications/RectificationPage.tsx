// One order (`rectifications/:id`): its number, stage and deadline (red once overdue), the notice's
// elements, the findings it names with their current status, the legal basis quoted, its history, and the
// buttons for what the stage allows — report, re-check, escalate, close — beside the PDF export.
import { ArrowLeftOutlined, CheckCircleOutlined, FileDoneOutlined, RiseOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Spin, Table, Typography, type TableColumnsType } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Finding, OrderedFinding, Rectification } from '@shared/domain/findings'
import { daysOverdue, isOverdue } from '@shared/rectifications/deadline'
import { allowedActions, type ActionType } from '@shared/rectifications/machine'
import { useDesk } from '@renderer/app/desk'
import { explanationOf, FindingStatusTag } from '@renderer/features/findings/labels'
import { useArticles } from '@renderer/features/findings/hooks'
import { BasisPreview } from './BasisPreview'
import { useRectification, useToday } from './hooks'
import { DeadlineCell, OverdueTag, RectificationStatusTag } from './labels'
import type { PdfRenderer } from './pdf-client'
import { PdfButton } from './PdfButton'
import { StepModal, type StepKind } from './StepModal'
import { StepTimeline } from './StepTimeline'

const BUTTONS: { type: ActionType; kind: StepKind; icon: ReactNode; label: 'report' | 'recheck' | 'escalate' | 'close'; danger?: boolean; primary?: boolean }[] = [
  { type: 'report', kind: 'report', icon: <FileDoneOutlined />, label: 'report' },
  { type: 'recheck', kind: 'recheck', icon: <SafetyCertificateOutlined />, label: 'recheck' },
  { type: 'escalate', kind: 'escalate', icon: <RiseOutlined />, label: 'escalate', danger: true },
  { type: 'close', kind: 'close', icon: <CheckCircleOutlined />, label: 'close', primary: true },
]

function OrderFindings({ order }: { order: Rectification }) {
  const { t } = useTranslation()
  const { db } = useDesk()
  const key = order.findingIds.join(',')
  const current = useLiveQuery(async () => new Map((await db.findings.bulkGet(key.split(','))).filter((f): f is Finding => f !== undefined).map((f) => [f.id, f])), [db, key])
  const columns: TableColumnsType<OrderedFinding> = [
    { key: 'n', title: '#', width: 44, render: (_, _f, i) => i + 1 },
    { key: 'requirement', title: t('findings.detail.requirement'), width: 120, dataIndex: 'requirementId' },
    { key: 'account', title: t('findings.columns.account'), width: 130, render: (_, f) => f.accountId ?? t('findings.none') },
    {
      key: 'explanation',
      title: t('findings.columns.explanation'),
      // in the reader's language while the finding is there; the notice's frozen Chinese text otherwise
      render: (_, f) => {
        const finding = current?.get(f.findingId)
        return finding ? explanationOf(t, finding) : f.explanation
      },
    },
    {
      key: 'status',
      title: t('rectifications.detail.findingStatus'),
      width: 120,
      render: (_, f) => {
        const finding = current?.get(f.findingId)
        return finding ? <FindingStatusTag finding={finding} /> : t('findings.none')
      },
    },
    { key: 'open', width: 80, render: (_, f) => <Link to={`/findings/${encodeURIComponent(f.findingId)}`}>{t('rectifications.detail.openFinding')}</Link> },
  ]
  return (
    <Table<OrderedFinding>
      rowKey="findingId"
      size="small"
      pagination={order.findings.length > 10 ? { pageSize: 10 } : false}
      dataSource={order.findings}
      tableLayout="fixed"
      columns={columns.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) }))}
      data-testid="rectification-order-findings"
    />
  )
}

export function RectificationPage({ renderer }: { renderer: PdfRenderer }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id } = useParams()
  const order = useRectification(id)
  const today = useToday()
  const articles = useArticles()
  const [step, setStep] = useState<StepKind | null>(null)

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/rectifications')} style={{ paddingInline: 0, alignSelf: 'flex-start' }}>
      {t('rectifications.detail.back')}
    </Button>
  )
  if (order === undefined) return <Spin />
  if (order === null) {
    return (
      <Flex vertical gap={12}>
        {back}
        <Empty description={t('rectifications.notFound')} />
      </Flex>
    )
  }
  const overdue = isOverdue(order, today)
  const allowed = allowedActions(order.status)
  return (
    <Flex vertical gap={16} data-testid="rectification-detail" data-id={order.id} data-status={order.status} data-overdue={String(overdue)}>
      {back}
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Space size="middle" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="rectification-number">
            {order.documentNumber}
          </Typography.Title>
          <RectificationStatusTag status={order.status} />
          <OverdueTag order={order} today={today} />
        </Space>
        <Space wrap>
          {BUTTONS.filter((b) => allowed.includes(b.type)).map((b) => (
            <Button key={b.type} icon={b.icon} danger={b.danger} type={b.primary ? 'primary' : 'default'} onClick={() => setStep(b.kind)} data-testid={`rectification-${b.kind}`}>
              {t(`rectifications.actions.${b.label}`)}
            </Button>
          ))}
          <PdfButton order={order} renderer={renderer} />
        </Space>
      </Flex>
      {overdue ? <Alert type="error" showIcon title={t('rectifications.detail.overdueAlert', { days: daysOverdue(order, today) })} data-testid="rectification-overdue-alert" /> : null}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}
        items={[
          { key: 'platform', label: t('rectifications.detail.platform'), children: order.platformName },
          { key: 'addressee', label: t('rectifications.detail.addressee'), children: order.addressee },
          { key: 'office', label: t('rectifications.detail.issuingOffice'), children: order.issuingOffice },
          { key: 'issuedOn', label: t('rectifications.detail.issuedOn'), children: order.issuedOn },
          { key: 'deadline', label: t('rectifications.detail.deadline'), children: <DeadlineCell order={order} today={today} /> },
          { key: 'status', label: t('rectifications.detail.status'), children: <RectificationStatusTag status={order.status} /> },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('rectifications.detail.findings', { n: order.findings.length })}>
              <OrderFindings order={order} />
            </Card>
            <Card size="small" title={t('rectifications.detail.basis')} extra={<Typography.Text type="secondary">{order.catalogueTitleZh}</Typography.Text>}>
              <BasisPreview basis={order.basis} articles={articles} emptyText={t('findings.none')} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('rectifications.detail.history')}>
            <StepTimeline order={order} />
          </Card>
        </Col>
      </Row>
      {step ? <StepModal order={order} kind={step} today={today} onClose={() => setStep(null)} /> : null}
    </Flex>
  )
}
