// Choosing inspections to export: every inspection with its platform, title, kind, status and dates, newest
// plan first, several at a time; the export runs in the worker and saves one bundle file.
import { ExportOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { Inspection } from '@shared/domain/findings'
import { useDesk } from '@renderer/app/desk'
import { formatTime, StatusTag } from './labels'
import { useBundleExport } from './useBundleExport'

export function ExportCard() {
  const { t } = useTranslation()
  const { db } = useDesk()
  const inspections = useLiveQuery(() => db.inspections.orderBy('plannedStart').reverse().toArray(), [db])
  const platformNames = useLiveQuery(async () => new Map((await db.platforms.toArray()).map((p) => [p.id, p.name])), [db])
  const [selected, setSelected] = useState<string[]>([])
  const exporter = useBundleExport()
  // an inspection removed meanwhile is no longer selectable
  const chosen = selected.filter((id) => inspections?.some((i) => i.id === id))

  const columns: TableColumnsType<Inspection> = [
    { key: 'platform', title: t('bundles.columns.platform'), render: (_, i) => platformNames?.get(i.platformId) ?? i.platformId, width: 180, ellipsis: true },
    { key: 'title', title: t('bundles.columns.title'), dataIndex: 'title', ellipsis: true },
    { key: 'kind', title: t('bundles.columns.kind'), width: 110, render: (_, i) => t(`bundles.labels.kind.${i.kind}`) },
    { key: 'status', title: t('bundles.columns.status'), width: 100, render: (_, i) => <StatusTag status={i.status} /> },
    { key: 'dates', title: t('bundles.columns.dates'), width: 210, render: (_, i) => `${i.plannedStart} ~ ${i.plannedEnd}` },
    { key: 'updated', title: t('bundles.columns.updated'), width: 200, render: (_, i) => t('bundles.labels.updated', { by: i.updatedBy || '—', at: formatTime(i.updatedAt) }) },
  ]

  return (
    <Card title={t('bundles.export.title')} extra={
      <Button type="primary" icon={<ExportOutlined />} disabled={chosen.length === 0 || exporter.running} loading={exporter.running} onClick={() => void exporter.run(chosen)} data-testid="bundle-export">
        {t('bundles.export.button', { count: chosen.length })}
      </Button>
    }>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('bundles.export.hint')}</Typography.Text>
        <div data-testid="bundle-export-table">
        <Table<Inspection>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={inspections ?? []}
          loading={inspections === undefined}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setSelected(keys.map(String)) }}
          onRow={(i) => ({ 'data-testid': 'bundle-export-row', 'data-id': i.id }) as HTMLAttributes<HTMLElement>}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('bundles.export.total', { count: total }) }}
          locale={{ emptyText: t('bundles.export.empty') }}
        />
        </div>
      </Flex>
      {exporter.modal}
    </Card>
  )
}
