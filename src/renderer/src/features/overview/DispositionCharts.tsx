// The overview's charts, drawn from the reports' aggregates: dispositions per month stacked by platform,
// and horizontal bars by violation type and by measure (labels from the domain's translations).
import { Card, Empty } from 'antd'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { OverviewSummary, PlatformRow } from './summary'

/** Calm, distinguishable colours for up to a dozen platforms; more repeat. */
export const PLATFORM_COLOURS = ['#3b6ea8', '#c0392b', '#2e8b6e', '#d08c2b', '#7c5cbf', '#4aa3b5', '#b5577a', '#7a8b3c', '#8a6d52', '#5c6b7a', '#d4a72c', '#3f8f9e']

const AXIS = { fontSize: 12, fill: '#595959' }

export function monthLabel(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}

export function MonthlyChart({ byMonth, platforms }: { byMonth: OverviewSummary['byMonth']; platforms: readonly PlatformRow[] }) {
  const { t, i18n } = useTranslation()
  const shown = platforms.filter((p) => p.dispositions > 0)
  const data = byMonth.map((m) => ({ label: monthLabel(m.month, i18n.language), ...m.counts }))
  return (
    <Card size="small" title={t('overview.charts.byMonth')} style={{ height: '100%' }}>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.charts.none')} />
      ) : (
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis tick={AXIS} allowDecimals={false} />
            <Tooltip itemSorter={(item) => -Number(item.value ?? 0)} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {shown.map((p, i) => (
              <Bar key={p.platform.id} dataKey={p.platform.id} name={p.platform.name} stackId="platforms" fill={PLATFORM_COLOURS[i % PLATFORM_COLOURS.length]} maxBarSize={72} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  )
}

interface Slice {
  label: string
  count: number
}

function HorizontalBars({ title, slices, colour, labelWidth }: { title: string; slices: Slice[]; colour: string; labelWidth: number }) {
  const { t } = useTranslation()
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {slices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.charts.none')} />
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(200, slices.length * 26 + 30)}>
          <BarChart data={slices} layout="vertical" margin={{ top: 0, right: 24, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={AXIS} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={labelWidth} interval={0} />
            <Tooltip />
            <Bar dataKey="count" name={t('overview.charts.count')} fill={colour} barSize={14} radius={[0, 3, 3, 0]} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  )
}

export function ViolationChart({ byViolation }: { byViolation: OverviewSummary['byViolation'] }) {
  const { t, i18n } = useTranslation()
  const slices = byViolation.map((v) => ({ label: t(`domain.violation.${v.type}`), count: v.count }))
  return <HorizontalBars title={t('overview.charts.byViolation')} slices={slices} colour="#c0392b" labelWidth={i18n.language === 'en' ? 200 : 150} />
}

export function MeasureChart({ byMeasure }: { byMeasure: OverviewSummary['byMeasure'] }) {
  const { t, i18n } = useTranslation()
  const slices = byMeasure.map((m) => ({ label: t(`domain.measure.${m.measure}`), count: m.count }))
  return <HorizontalBars title={t('overview.charts.byMeasure')} slices={slices} colour="#3b6ea8" labelWidth={i18n.language === 'en' ? 190 : 100} />
}
