// 整改督办: every order, overdue ones first and in red, filtered by stage and platform (the filters live in
// the address, so the header's overdue count can link straight to `?view=overdue`), and 发起整改.
import { FileProtectOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Empty, Flex, Segmented, Select, Table, Typography, type TableColumnsType } from 'antd'
import { useEffect, useMemo, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { Rectification } from '@shared/domain/findings'
import { isOverdue } from '@shared/rectifications/deadline'
import { emitSignal } from '@renderer/app/signals'
import { useRectifications, useToday } from './hooks'
import { DeadlineCell, RectificationStatusTag, stepDate, stepLabel } from './labels'

export const VIEWS = ['all', 'open', 'overdue', 'closed'] as const
export type View = (typeof VIEWS)[number]

const VIEW_LABEL = {
  all: 'rectifications.list.filterAll',
  open: 'rectifications.list.filterOpen',
  overdue: 'rectifications.list.filterOverdue',
  closed: 'rectifications.list.filterClosed',
} as const satisfies Record<View, string>

function inView(view: View, order: Rectification, today: string): boolean {
  switch (view) {
    case 'all':
      return true
    case 'open':
      return order.status !== 'closed'
    case 'overdue':
      return isOverdue(order, today)
    case 'closed':
      return order.status === 'closed'
  }
}

/** Overdue first (the longest overdue on top), then open ones by deadline, then closed ones, newest first. */
export function byUrgency(today: string) {
  const rank = (o: Rectification) => (isOverdue(o, today) ? 0 : o.status === 'closed' ? 2 : 1)
  return (a: Rectification, b: Rectification) =>
    rank(a) - rank(b) || (rank(a) === 2 ? (b.closedOn ?? '').localeCompare(a.closedOn ?? '') : a.deadline.localeCompare(b.deadline)) || a.documentNumber.localeCompare(b.documentNumber)
}

export function RectificationListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const orders = useRectifications()
  const today = useToday()
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'all'
  const platformId = params.get('platform')

  const platforms = useMemo(() => [...new Map((orders ?? []).map((o) => [o.platformId, o.platformName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')), [orders])
  const shown = useMemo(
    () => (orders ?? []).filter((o) => inView(view, o, today) && (platformId === null || o.platformId === platformId)).sort(byUrgency(today)),
    [orders, view, platformId, today],
  )

  useEffect(() => {
    if (orders) emitSignal('rectifications-ready', { total: shown.length })
  }, [orders, shown])

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null || value === 'all') next.delete(key)
    else next.set(key, value)
    setParams(next)
  }

  const columns: TableColumnsType<Rectification> = [
    { key: 'number', title: t('rectifications.columns.number'), width: 190, render: (_, o) => <Typography.Text strong>{o.documentNumber}</Typography.Text> },
    { key: 'platform', title: t('rectifications.columns.platform'), width: 120, render: (_, o) => o.platformName },
    { key: 'findings', title: t('rectifications.columns.findings'), width: 80, align: 'right', render: (_, o) => o.findingIds.length },
    { key: 'issuedOn', title: t('rectifications.columns.issuedOn'), width: 110, dataIndex: 'issuedOn' },
    { key: 'deadline', title: t('rectifications.columns.deadline'), width: 200, render: (_, o) => <DeadlineCell order={o} today={today} /> },
    { key: 'status', title: t('rectifications.columns.status'), width: 120, render: (_, o) => <RectificationStatusTag status={o.status} /> },
    {
      key: 'latest',
      title: t('rectifications.columns.latest'),
      render: (_, o) => {
        const step = o.steps.at(-1)
        return step ? `${stepDate(step)} ${stepLabel(t, step, o.issuingOffice)}` : ''
      },
    },
  ]

  const empty = orders?.length === 0
  return (
    <Flex vertical gap={12} data-testid="rectification-page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('rectifications.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('rectifications.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/rectifications/new')} data-testid="rectification-new">
          {t('rectifications.new')}
        </Button>
      </Flex>
      {empty ? (
        <Empty image={<FileProtectOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />} description={t('rectifications.list.empty')} style={{ marginTop: 48 }} data-testid="rectification-empty">
          <Typography.Paragraph type="secondary">{t('rectifications.list.emptyHint')}</Typography.Paragraph>
        </Empty>
      ) : (
        <>
          <Flex gap={12} align="center" wrap>
            <Segmented<View>
              value={view}
              onChange={(v) => setParam('view', v)}
              options={VIEWS.map((v) => ({ value: v, label: t(VIEW_LABEL[v]) }))}
              data-testid="rectification-view"
            />
            <Select
              allowClear
              placeholder={t('rectifications.list.platform')}
              value={platformId ?? undefined}
              onChange={(v: string | undefined) => setParam('platform', v ?? null)}
              options={platforms.map(([value, label]) => ({ value, label }))}
              style={{ minWidth: 160 }}
              data-testid="rectification-platform-filter"
            />
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
              {t('rectifications.list.total', { n: shown.length })}
            </Typography.Text>
          </Flex>
          <Table<Rectification>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={orders ? shown : undefined}
            loading={orders === undefined}
            tableLayout="fixed"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('rectifications.list.noMatch') }}
            scroll={{ x: 960 }}
            onRow={(o) => {
              const overdue = isOverdue(o, today)
              return {
                onClick: () => void navigate(`/rectifications/${encodeURIComponent(o.id)}`),
                style: { cursor: 'pointer', background: overdue ? '#fff1f0' : undefined },
                'data-testid': 'rectification-row',
                'data-id': o.id,
                'data-status': o.status,
                'data-overdue': String(overdue),
              } as HTMLAttributes<HTMLElement>
            }}
            data-testid="rectification-table"
          />
        </>
      )}
    </Flex>
  )
}
