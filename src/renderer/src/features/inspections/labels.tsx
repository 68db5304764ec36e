// How an inspection's codes look wherever they are shown: status (with overdue beside it), kind, and an
// item's result as coloured tags; results keep one colour everywhere so a checklist scans at a glance.
import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Inspection, InspectionStatus, ItemResult } from '@shared/domain/findings'
import { isOverdue } from '@shared/inspections/plan'
import { todayIso } from '@shared/util/dates'

export const STATUS_COLOUR: Record<InspectionStatus, string> = { planned: 'blue', inProgress: 'processing', inReview: 'gold', closed: 'green' }
export const RESULT_COLOUR: Record<ItemResult, string> = { compliant: 'success', partial: 'warning', nonCompliant: 'error', notApplicable: 'default', notAssessed: 'default' }
/** The same colours as solid fills, for the selected result button and the score bars. */
export const RESULT_FILL: Record<ItemResult, string> = { compliant: '#389e0d', partial: '#d48806', nonCompliant: '#cf1322', notApplicable: '#8c8c8c', notAssessed: '#bfbfbf' }

export function StatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLOUR[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
      {t(`inspections.status.${status}`)}
    </Tag>
  )
}

export function OverdueTag({ inspection }: { inspection: Pick<Inspection, 'status' | 'plannedEnd'> }) {
  const { t } = useTranslation()
  if (!isOverdue(inspection, todayIso())) return null
  return (
    <Tooltip title={t('inspections.overdueHint', { date: inspection.plannedEnd })}>
      <Tag color="red" variant="solid" style={{ marginInlineEnd: 0 }} data-testid="inspection-overdue">
        {t('inspections.overdue')}
      </Tag>
    </Tooltip>
  )
}

export function ResultTag({ result }: { result: ItemResult }) {
  const { t } = useTranslation()
  return (
    <Tag color={RESULT_COLOUR[result]} style={{ marginInlineEnd: 0 }}>
      {t(`inspections.result.${result}`)}
    </Tag>
  )
}
