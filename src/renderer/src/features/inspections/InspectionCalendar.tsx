// The month calendar of inspections: each day lists the inspections planned over it (status colour, overdue
// in red), a few per day and a count of the rest; a click opens the inspection.
import { Calendar, Card, Tooltip, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Inspection, InspectionStatus } from '@shared/domain/findings'
import { coversDay, isOverdue } from '@shared/inspections/plan'
import { todayIso } from '@shared/util/dates'

const SHOWN_PER_DAY = 3
const BACKGROUND: Record<InspectionStatus, string> = { planned: '#e6f4ff', inProgress: '#e6f4ff', inReview: '#fffbe6', closed: '#f6ffed' }
const FOREGROUND: Record<InspectionStatus, string> = { planned: '#0958d9', inProgress: '#0958d9', inReview: '#ad6800', closed: '#389e0d' }

interface Props {
  inspections: readonly Inspection[]
  platformNames: ReadonlyMap<string, string>
  onOpen: (inspection: Inspection) => void
}

export function InspectionCalendar({ inspections, platformNames, onOpen }: Props) {
  const { t } = useTranslation()
  const today = todayIso()

  const dayCell = (date: Dayjs) => {
    const day = date.format('YYYY-MM-DD')
    const on = inspections.filter((i) => coversDay(i, day))
    return (
      <div data-testid="inspection-calendar-day" data-date={day} data-count={on.length}>
        {on.slice(0, SHOWN_PER_DAY).map((i) => {
          const late = isOverdue(i, today)
          return (
            <Tooltip key={i.id} title={`${platformNames.get(i.platformId) ?? ''} · ${i.title} · ${t(`inspections.status.${i.status}`)}`}>
              <span
                className="checklist-calendar-entry"
                role="link"
                tabIndex={0}
                onClick={() => onOpen(i)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(i)
                }}
                style={{ background: late ? '#fff1f0' : BACKGROUND[i.status], color: late ? '#cf1322' : FOREGROUND[i.status] }}
                data-testid="inspection-calendar-entry"
                data-id={i.id}
              >
                {i.title}
              </span>
            </Tooltip>
          )
        })}
        {on.length > SHOWN_PER_DAY ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspections.list.more', { count: on.length - SHOWN_PER_DAY })}
          </Typography.Text>
        ) : null}
      </div>
    )
  }

  // the year view: how many inspections each month has
  const monthCell = (date: Dayjs) => {
    const [first, last] = [date.startOf('month').format('YYYY-MM-DD'), date.endOf('month').format('YYYY-MM-DD')]
    const count = inspections.filter((i) => i.plannedStart <= last && i.plannedEnd >= first).length
    return count === 0 ? null : (
      <Typography.Text type="secondary" data-testid="inspection-calendar-month" data-count={count}>
        {t('inspections.list.total', { count })}
      </Typography.Text>
    )
  }

  return (
    <Card size="small" data-testid="inspection-calendar">
      <Calendar cellRender={(date, info) => (info.type === 'date' ? dayCell(date) : info.type === 'month' ? monthCell(date) : info.originNode)} />
    </Card>
  )
}
