// How a rectification's codes look wherever they show (the list, the detail, the findings drawer, the
// shell header): its status as a coloured tag, its deadline with a red 逾期 tag once past and not closed,
// an escalation measure and a step by their translated names.
import { Tag, Tooltip } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Rectification, RectificationStatus, RectificationStep } from '@shared/domain/findings'
import { daysLeft, daysOverdue } from '@shared/rectifications/deadline'

const STATUS_COLOUR: Record<RectificationStatus, string> = {
  ordered: 'gold',
  reported: 'processing',
  recheckPassed: 'cyan',
  recheckFailed: 'volcano',
  escalated: 'magenta',
  closed: 'green',
}

/** How many days before the deadline an open order starts to show its countdown in orange. */
const DUE_SOON_DAYS = 3

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLOUR[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
      {t(`rectifications.status.${status}`)}
    </Tag>
  )
}

/** The red overdue tag (nothing when the order is not overdue). */
export function OverdueTag({ order, today, testId = 'rectification-overdue' }: { order: Pick<Rectification, 'status' | 'deadline'>; today: string; testId?: string }) {
  const { t } = useTranslation()
  const days = daysOverdue(order, today)
  if (days === 0) return null
  return (
    <Tag color="error" variant="solid" style={{ marginInlineEnd: 0 }} data-testid={testId} data-days={days}>
      {t('rectifications.overdue', { days })}
    </Tag>
  )
}

/** The deadline, with how long is left (orange when close), or how long it is overdue (red). */
export function DeadlineCell({ order, today }: { order: Pick<Rectification, 'status' | 'deadline'>; today: string }) {
  const { t } = useTranslation()
  const overdue = daysOverdue(order, today) > 0
  const left = daysLeft(order.deadline, today)
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      <span style={{ color: overdue ? '#cf1322' : undefined, fontWeight: overdue ? 600 : undefined, fontVariantNumeric: 'tabular-nums' }}>{order.deadline}</span>
      {overdue ? (
        <OverdueTag order={order} today={today} />
      ) : order.status === 'closed' ? null : left === 0 ? (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {t('rectifications.dueToday')}
        </Tag>
      ) : (
        <Tooltip title={order.deadline}>
          <Tag color={left <= DUE_SOON_DAYS ? 'orange' : 'default'} variant="outlined" style={{ marginInlineEnd: 0 }}>
            {t('rectifications.daysLeft', { days: left })}
          </Tag>
        </Tooltip>
      )}
    </span>
  )
}

/** One line naming a step, e.g. 复查未通过（复查人：李四） or 升级处置：约谈. */
export function stepLabel(t: TFunction, step: RectificationStep, office = ''): string {
  switch (step.kind) {
    case 'issued':
      return t('rectifications.step.issued', { office })
    case 'report':
      return t('rectifications.step.report')
    case 'recheck':
      return t(step.result === 'passed' ? 'rectifications.step.recheckPassed' : 'rectifications.step.recheckFailed', { by: step.by })
    case 'escalation':
      return t('rectifications.step.escalation', { measure: t(`rectifications.escalation.${step.measure}`) })
    case 'closed':
      return t('rectifications.step.closed')
  }
}

/** The calendar date a step happened on. */
export function stepDate(step: RectificationStep): string {
  return step.kind === 'report' ? step.receivedOn : step.on
}
