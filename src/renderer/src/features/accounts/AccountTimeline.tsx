// The account's history across reports, newest first: each snapshot (followers and status, with what
// changed since the previous one), each disposition (violation, measure, length) and each earnings change,
// with its provenance. What regulators read to follow one account through a quarter.
import { Card, Empty, Flex, Skeleton, Tag, Timeline, Typography, type TimelineProps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TimelineItem } from '@shared/accounts/timeline'
import type { Disposition, EarningsChange } from '@shared/domain/records'
import type { LoadedHistory } from './history'
import { Provenance } from './Provenance'
import { useValueLabels } from './labels'

const KIND_COLOUR: Record<TimelineItem['kind'], string> = { snapshot: 'blue', disposition: 'red', earnings: 'gray' }

function DispositionText({ row }: { row: Disposition }) {
  const { t } = useTranslation()
  const v = useValueLabels()
  const length = row.permanent ? t('accounts.timeline.permanent') : row.measureDays !== null ? t('accounts.timeline.days', { days: row.measureDays }) : null
  const details = [
    length,
    row.measureStart ? t('accounts.timeline.from', { date: row.measureStart }) : null,
    row.measureEnd ? t('accounts.timeline.until', { date: row.measureEnd }) : null,
    row.followersRemoved ? t('accounts.timeline.followersRemoved', { count: v.count(row.followersRemoved) }) : null,
    row.reportedToCac ? t('accounts.timeline.reportedToCac') : null,
    row.dispositionId ? t('accounts.timeline.dispositionId', { id: row.dispositionId }) : null,
  ].filter((d): d is string => d !== null)
  return (
    <>
      <Typography.Text strong>{t('accounts.timeline.measure', { violation: t(`domain.violation.${row.violationType}`), measure: t(`domain.measure.${row.measure}`) })}</Typography.Text>
      <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text>
      {row.summary ? <Typography.Text>{row.summary}</Typography.Text> : null}
    </>
  )
}

function EarningsText({ row }: { row: EarningsChange }) {
  const { t } = useTranslation()
  const details = [row.endDate ? t('accounts.timeline.until', { date: row.endDate }) : null, row.reason ? t('accounts.timeline.reason', { reason: row.reason }) : null].filter((d): d is string => d !== null)
  return (
    <>
      <Typography.Text strong>{t('accounts.timeline.earningsAction', { action: t(`domain.earningsAction.${row.action}`) })}</Typography.Text>
      {details.length > 0 ? <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text> : null}
    </>
  )
}

function SnapshotText({ item }: { item: Extract<TimelineItem, { kind: 'snapshot' }> }) {
  const { t } = useTranslation()
  const v = useValueLabels()
  const { row, previous } = item
  const status = (s: typeof row.status) => (s === null ? t('accounts.value.none') : t(`domain.accountStatus.${s}`))
  const delta = row.followers !== null && previous && previous.followers !== null ? row.followers - previous.followers : null
  const signed = (n: number) => (n > 0 ? `+${v.count(n)}` : v.count(n))
  const statusChanged = previous !== null && previous.status !== row.status
  return (
    <>
      <Typography.Text strong>
        {t('accounts.timeline.followers', { count: v.count(row.followers) })}
        {delta !== null && delta !== 0 ? (
          <Typography.Text type={delta > 0 ? 'success' : 'secondary'} style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
            {t('accounts.timeline.followersDelta', { delta: signed(delta) })}
          </Typography.Text>
        ) : null}
      </Typography.Text>
      <Typography.Text type={statusChanged ? 'warning' : 'secondary'}>
        {statusChanged ? t('accounts.timeline.statusChanged', { from: status(previous.status), to: status(row.status) }) : t('accounts.timeline.status', { status: status(row.status) })}
        {' · '}
        {t('accounts.timeline.earnings', { value: v.earnings(row.earningsEnabled) })}
      </Typography.Text>
    </>
  )
}

function itemKey(item: TimelineItem): string {
  return `${item.source.segmentId}:${item.source.order}`
}

export function AccountTimeline({ history }: { history: LoadedHistory | undefined }) {
  const { t } = useTranslation()
  const items: NonNullable<TimelineProps['items']> = (history?.items ?? []).map((item) => ({
    key: itemKey(item),
    color: KIND_COLOUR[item.kind],
    title: (
      <Typography.Text style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{item.date ?? t('accounts.value.none')}</Typography.Text>
    ),
    content: (
      <Flex vertical gap={2} data-testid="account-timeline-item" data-kind={item.kind} style={{ paddingBottom: 4 }}>
        <div>
          <Tag color={KIND_COLOUR[item.kind] === 'gray' ? 'default' : KIND_COLOUR[item.kind]}>{t(`accounts.timeline.kind.${item.kind}`)}</Tag>
        </div>
        {item.kind === 'disposition' ? <DispositionText row={item.row} /> : item.kind === 'earnings' ? <EarningsText row={item.row} /> : <SnapshotText item={item} />}
        <Provenance source={item.source} report={history?.reports.get(item.source.reportId)} />
      </Flex>
    ),
  }))
  return (
    <Card
      size="small"
      title={t('accounts.timeline.title')}
      extra={history ? <Typography.Text type="secondary">{t('accounts.timeline.count', { count: history.items.length, reports: history.reportIds.length })}</Typography.Text> : null}
      data-testid="account-timeline"
    >
      {!history ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.timeline.empty')} />
      ) : (
        <Timeline mode="start" titleSpan="120px" items={items} style={{ paddingTop: 8 }} />
      )}
    </Card>
  )
}
