// The reports received (平台报送), newest first, filtered by platform, kind and status; a row opens the
// report's provenance at `reports/:id` (a drawer over the list, so a link can point at one report).
import { Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { REPORT_KINDS, type ReportKind } from '@shared/domain/records'
import type { Report, ReportStatus } from '@shared/domain/report'
import { useDesk } from '@renderer/app/desk'
import { ReportDetail, StatusTag } from './ReportDetail'

interface Filters {
  platformId: string | null
  kind: ReportKind | null
  status: ReportStatus | null
}

/** Newest received first; one platform's reports together, in the order of the kinds. */
const newestFirst = (a: Report, b: Report) =>
  b.receivedOn.localeCompare(a.receivedOn) || a.platformId.localeCompare(b.platformId) || REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || b.importedAt.localeCompare(a.importedAt)

export function ReportListPage() {
  const { t } = useTranslation()
  const { db } = useDesk()
  const navigate = useNavigate()
  const { id } = useParams()
  const reports = useLiveQuery(() => db.reports.toArray(), [db])
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db])
  const [filters, setFilters] = useState<Filters>({ platformId: null, kind: null, status: null })
  const byId = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p])), [platforms])

  const shown = useMemo(
    () =>
      (reports ?? [])
        .filter((r) => (filters.platformId === null || r.platformId === filters.platformId) && (filters.kind === null || r.kind === filters.kind) && (filters.status === null || r.status === filters.status))
        .sort(newestFirst),
    [reports, filters],
  )
  const selected = id === undefined ? undefined : reports === undefined ? undefined : (reports.find((r) => r.id === id) ?? null)

  const number = (n: number) => n.toLocaleString()
  const columns: TableColumnsType<Report> = [
    { key: 'platform', title: t('reports.columns.platform'), render: (_, r) => byId.get(r.platformId)?.name ?? r.platformId },
    { key: 'kind', title: t('reports.columns.kind'), render: (_, r) => t(`domain.reportKind.${r.kind}`) },
    { key: 'period', title: t('reports.columns.period'), render: (_, r) => t('reports.period', { start: r.periodStart, end: r.periodEnd }) },
    { key: 'receivedOn', title: t('reports.columns.receivedOn'), dataIndex: 'receivedOn' },
    {
      key: 'fileName',
      title: t('reports.columns.fileName'),
      ellipsis: true,
      render: (_, r) => <Typography.Text delete={r.status === 'rolledBack'}>{r.fileName}</Typography.Text>,
    },
    { key: 'accepted', title: t('reports.columns.accepted'), align: 'right', render: (_, r) => number(r.counts.accepted) },
    {
      key: 'rejected',
      title: t('reports.columns.rejected'),
      align: 'right',
      render: (_, r) => <Typography.Text type={r.counts.rejected > 0 ? 'warning' : 'secondary'}>{number(r.counts.rejected)}</Typography.Text>,
    },
    {
      key: 'duplicates',
      title: t('reports.columns.duplicates'),
      align: 'right',
      render: (_, r) => <Typography.Text type={r.counts.duplicates > 0 ? undefined : 'secondary'}>{number(r.counts.duplicates)}</Typography.Text>,
    },
    {
      key: 'imported',
      title: t('reports.columns.imported'),
      render: (_, r) => (
        <Flex vertical>
          <span>{r.importedBy}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(r.importedAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('reports.columns.status'), render: (_, r) => <StatusTag status={r.status} /> },
  ]

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('reports.subtitle')}</Typography.Text>
      </div>
      <Flex gap={8} wrap align="center">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('reports.filters.platform')}
          value={filters.platformId}
          onChange={(platformId: string | undefined) => setFilters((f) => ({ ...f, platformId: platformId ?? null }))}
          options={(platforms ?? []).map((p) => ({ value: p.id, label: p.name }))}
          style={{ minWidth: 200 }}
          data-testid="reports-filter-platform"
        />
        <Select
          allowClear
          placeholder={t('reports.filters.kind')}
          value={filters.kind}
          onChange={(kind: ReportKind | undefined) => setFilters((f) => ({ ...f, kind: kind ?? null }))}
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`domain.reportKind.${k}`) }))}
          style={{ minWidth: 160 }}
          data-testid="reports-filter-kind"
        />
        <Select
          allowClear
          placeholder={t('reports.filters.status')}
          value={filters.status}
          onChange={(status: ReportStatus | undefined) => setFilters((f) => ({ ...f, status: status ?? null }))}
          options={(['committed', 'rolledBack'] as const).map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
          style={{ minWidth: 140 }}
        />
        <Tag variant="filled" style={{ marginInlineStart: 'auto' }}>
          {t('reports.total', { count: shown.length })}
        </Tag>
      </Flex>
      <Table<Report>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={reports === undefined}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: reports?.length === 0 ? t('reports.empty') : t('reports.none') }}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ onClick: () => void navigate(`/reports/${r.id}`), style: { cursor: 'pointer' }, 'data-testid': 'report-row' }) as HTMLAttributes<HTMLElement>}
        data-testid="reports-table"
      />
      <ReportDetail report={selected} platform={selected ? byId.get(selected.platformId) : undefined} onClose={() => void navigate('/reports')} />
    </Flex>
  )
}
