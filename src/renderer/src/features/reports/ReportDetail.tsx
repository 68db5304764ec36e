// One report's provenance and aggregates, in a drawer: where it came from (file, SHA-256, encoding, the
// header mapping used, its segments), what it held (rows accepted, rejected, duplicated) and its totals.
import { Descriptions, Drawer, Empty, Flex, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Platform } from '@shared/domain/platform'
import type { Report } from '@shared/domain/report'
import { monthLabel } from '@renderer/features/overview/DispositionCharts'
import { categoryLabel, fieldLabel, measureLabel } from './labels'
import { RollbackButton } from './RollbackButton'

interface Entry {
  key: string
  label: string
  count: number
}

function Breakdown({ title, entries }: { title: string; entries: Entry[] }) {
  const { t } = useTranslation()
  if (entries.length === 0) return null
  return (
    <Table<Entry>
      size="small"
      rowKey="key"
      pagination={false}
      columns={[
        { key: 'label', dataIndex: 'label', title },
        { key: 'count', title: t('reports.detail.count'), align: 'right', width: 120, render: (_, e) => e.count.toLocaleString() },
      ]}
      dataSource={entries}
      style={{ marginBottom: 16 }}
    />
  )
}

const byCount = (a: Entry, b: Entry) => b.count - a.count

export function StatusTag({ status }: { status: Report['status'] }) {
  const { t } = useTranslation()
  return <Tag color={status === 'committed' ? 'green' : 'default'}>{t(`reports.status.${status}`)}</Tag>
}

export function ReportDetail({ report, platform, onClose }: { report: Report | null | undefined; platform: Platform | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const open = report !== undefined
  const r = report ?? null
  const mapping = r ? Object.entries(r.mapping).map(([field, header]) => ({ field, header })) : []
  const months: Entry[] = r ? Object.entries(r.stats.byMonth).sort().map(([m, count]) => ({ key: m, label: monthLabel(m, i18n.language), count })) : []
  const categories: Entry[] = r ? Object.entries(r.stats.byCategory).map(([k, count]) => ({ key: k, label: categoryLabel(t, r.kind, k), count })).sort(byCount) : []
  const measures: Entry[] = r ? Object.entries(r.stats.byMeasure).map(([k, count]) => ({ key: k, label: measureLabel(t, k), count })).sort(byCount) : []

  return (
    <Drawer open={open} onClose={onClose} size={760} title={r ? r.fileName : t('reports.detail.title')} extra={r ? <RollbackButton report={r} /> : null} destroyOnHidden>
      {r === null ? (
        <Empty description={t('reports.detail.notFound')} />
      ) : (
        <div data-testid="report-detail">
          <Descriptions size="small" column={2} bordered title={t('reports.detail.basics')} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('reports.columns.platform')}>{platform?.name ?? r.platformId}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.kind')}>{t(`domain.reportKind.${r.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.period')}>{t('reports.period', { start: r.periodStart, end: r.periodEnd })}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.receivedOn')}>{r.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.importedBy')}>{r.importedBy}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.importedAt')}>{dayjs(r.importedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label={t('reports.columns.status')} span={2}>
              <StatusTag status={r.status} />
            </Descriptions.Item>
          </Descriptions>

          <Descriptions size="small" column={1} bordered title={t('reports.detail.provenance')} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('reports.detail.sha256')}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: 12 }} data-testid="report-sha256">
                {r.sha256}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.detail.encoding')}>{r.encoding}</Descriptions.Item>
            <Descriptions.Item label={t('reports.detail.rows')}>
              {t('reports.detail.rowsValue', {
                rows: r.counts.rows.toLocaleString(), accepted: r.counts.accepted.toLocaleString(), rejected: r.counts.rejected.toLocaleString(), duplicates: r.counts.duplicates.toLocaleString(),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.detail.segments')}>{t('reports.detail.segmentsValue', { count: r.segments })}</Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5}>{t('reports.detail.mapping')}</Typography.Title>
          {mapping.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('reports.detail.noMapping')}</Typography.Paragraph>
          ) : (
            <Table
              size="small"
              rowKey="field"
              pagination={false}
              style={{ marginBottom: 24 }}
              columns={[
                {
                  key: 'field',
                  title: t('reports.detail.field'),
                  render: (_, m) => (
                    <Flex gap={8} align="baseline" wrap>
                      <span>{fieldLabel(t, m.field)}</span>
                      <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                        {m.field}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                { key: 'header', dataIndex: 'header', title: t('reports.detail.header') },
              ]}
              dataSource={mapping}
            />
          )}

          <Typography.Title level={5}>{t('reports.detail.stats')}</Typography.Title>
          <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={t('reports.detail.accounts')}>{r.stats.accounts.toLocaleString()}</Descriptions.Item>
          </Descriptions>
          <Breakdown title={t('reports.detail.byMonth')} entries={months} />
          <Breakdown title={t(`reports.detail.byCategory.${r.kind}`)} entries={categories} />
          <Breakdown title={t('reports.detail.byMeasure')} entries={measures} />
        </div>
      )}
    </Drawer>
  )
}
