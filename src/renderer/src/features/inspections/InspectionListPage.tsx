// 督导检查: every inspection — planned, in progress, in review, closed — with the overdue ones first and
// marked, as a list or a month calendar, and the button that plans a new one.
import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons'
import { Button, Empty, Flex, Progress, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { Inspection } from '@shared/domain/findings'
import { isOverdue } from '@shared/inspections/plan'
import { todayIso } from '@shared/util/dates'
import { InspectionCalendar } from './InspectionCalendar'
import { InspectionFormDrawer } from './InspectionFormDrawer'
import { useInspections, usePlatformNames, useProgressByInspection } from './hooks'
import { OverdueTag, StatusTag } from './labels'
import { byUrgency, passes, readListFilter, STATUS_FILTERS, statusCounts, writeListFilter, type ListFilter, type StatusFilter, type View } from './list-filter'

export function InspectionListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const inspections = useInspections()
  const progress = useProgressByInspection()
  const platformNames = usePlatformNames()
  const [params, setParams] = useSearchParams()
  const filter = readListFilter(params)
  const [creating, setCreating] = useState(false)
  const today = todayIso()

  const update = (change: Partial<ListFilter>) => setParams(writeListFilter({ ...filter, ...change }), { replace: true })
  const counts = useMemo(() => statusCounts(inspections ?? [], today), [inspections, today])
  const rows = useMemo(() => (inspections ?? []).filter((i) => passes(i, filter.status, today)).sort(byUrgency(today)), [inspections, filter.status, today])

  const columns: TableColumnsType<Inspection> = [
    {
      key: 'title',
      title: t('inspections.fields.title'),
      render: (_, i) => (
        <Link to={`/inspections/${encodeURIComponent(i.id)}`} data-testid="inspection-link">
          {i.title}
        </Link>
      ),
    },
    { key: 'platform', title: t('inspections.fields.platform'), width: 120, render: (_, i) => platformNames.get(i.platformId) ?? i.platformId },
    { key: 'kind', title: t('inspections.fields.kind'), width: 120, render: (_, i) => t(`inspections.kind.${i.kind}`) },
    {
      key: 'planned',
      title: t('inspections.fields.planned'),
      width: 210,
      render: (_, i) => <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{t('inspections.list.dates', { start: i.plannedStart, end: i.plannedEnd })}</span>,
      sorter: (a, b) => a.plannedStart.localeCompare(b.plannedStart),
    },
    { key: 'team', title: t('inspections.fields.team'), ellipsis: true, width: 160, render: (_, i) => i.team.join('、') },
    {
      key: 'progress',
      title: t('inspections.fields.progress'),
      width: 150,
      render: (_, i) => {
        const p = progress?.get(i.id)
        if (!p) return null
        return <Progress size="small" percent={p.total === 0 ? 0 : Math.round((p.assessed / p.total) * 100)} format={() => t('inspections.list.progress', { done: p.assessed, total: p.total })} />
      },
    },
    {
      key: 'status',
      title: t('inspections.fields.status'),
      width: 150,
      render: (_, i) => (
        <Space size={4}>
          <StatusTag status={i.status} />
          <OverdueTag inspection={i} />
        </Space>
      ),
    },
  ]

  const empty = inspections?.length === 0
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('inspections.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('inspections.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="inspection-new">
          {t('inspections.new')}
        </Button>
      </Flex>
      {empty ? (
        <Empty description={t('inspections.list.empty')} style={{ marginTop: 48 }} data-testid="inspections-empty">
          <Typography.Paragraph type="secondary">{t('inspections.list.emptyHint')}</Typography.Paragraph>
        </Empty>
      ) : (
        <>
          <Flex gap={12} wrap align="center">
            <Segmented<View>
              value={filter.view}
              onChange={(view) => update({ view })}
              options={[
                { value: 'list', icon: <UnorderedListOutlined />, label: t('inspections.list.views.list') },
                { value: 'calendar', icon: <CalendarOutlined />, label: t('inspections.list.views.calendar') },
              ]}
              data-testid="inspections-view"
            />
            <Segmented<StatusFilter>
              value={filter.status}
              onChange={(status) => update({ status })}
              options={STATUS_FILTERS.map((s) => ({
                value: s,
                label: (
                  <span data-testid="inspections-status-filter" data-status={s} data-count={counts[s]} style={s === 'overdue' && counts.overdue > 0 ? { color: '#cf1322' } : undefined}>
                    {s === 'all' || s === 'overdue' ? t(`inspections.list.filter.${s}`) : t(`inspections.status.${s}`)} {counts[s]}
                  </span>
                ),
              }))}
            />
          </Flex>
          {filter.view === 'calendar' ? (
            <InspectionCalendar inspections={rows} platformNames={platformNames} onOpen={(i) => void navigate(`/inspections/${encodeURIComponent(i.id)}`)} />
          ) : (
            <Table<Inspection>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={inspections === undefined}
              rowClassName={(i) => (isOverdue(i, today) ? 'inspection-row-overdue' : '')}
              onRow={(i) => ({ 'data-testid': 'inspection-row', 'data-id': i.id, 'data-status': i.status, 'data-overdue': isOverdue(i, today) }) as HTMLAttributes<HTMLElement>}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('inspections.list.total', { count: total }) }}
              locale={{ emptyText: t('inspections.list.noMatch') }}
            />
          )}
        </>
      )}
      <InspectionFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(i) => void navigate(`/inspections/${encodeURIComponent(i.id)}`)} />
    </Flex>
  )
}
