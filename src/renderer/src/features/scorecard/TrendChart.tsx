// One platform's findings month by month, a line per article (only the articles it has findings on, so
// the chart stays readable), with its dispositions that month in the tooltip.
import { Card, Empty } from 'antd'
import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Article } from '@shared/catalogue/types'
import type { TrendPoint } from '@shared/scorecard/scorecard'
import { articleLabel } from '@renderer/features/findings/labels'
import { monthLabel } from '@renderer/features/overview/DispositionCharts'
import { articleColour } from './heat'

const AXIS = { fontSize: 12, fill: '#595959' }

interface Props {
  platformName: string | null
  trend: readonly TrendPoint[]
  articles: readonly string[]
  titles: ReadonlyMap<string, Article>
}

export function TrendChart({ platformName, trend, articles, titles }: Props) {
  const { t, i18n } = useTranslation()
  const shown = articles.filter((a) => trend.some((p) => (p.counts[a] ?? 0) > 0))
  const data = trend.map((p) => ({ label: monthLabel(p.month, i18n.language), month: p.month, dispositions: p.dispositions, total: p.total, ...p.counts }))
  return (
    <Card
      size="small"
      title={platformName === null ? t('findings.scorecard.trend.hint') : t('findings.scorecard.trend.title', { platform: platformName })}
      data-testid="scorecard-trend"
      data-platform={platformName ?? ''}
    >
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={platformName === null ? t('findings.scorecard.trend.hint') : t('findings.scorecard.trend.none')} />
      ) : (
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={data} margin={{ top: 8, right: 24, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} padding={{ left: 32, right: 32 }} />
            <YAxis tick={AXIS} allowDecimals={false} label={{ value: t('findings.scorecard.trend.findings'), angle: -90, position: 'insideLeft', style: AXIS }} />
            <Tooltip
              labelFormatter={(_label, payload) => {
                const point = payload[0]?.payload as { label?: string; dispositions?: number } | undefined
                return `${point?.label ?? ''} · ${t('findings.scorecard.trend.dispositions')} ${(point?.dispositions ?? 0).toLocaleString()}`
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {shown.map((a) => (
              <Line
                key={a}
                type="linear"
                dataKey={a}
                name={articleLabel(a, titles.get(a), i18n.language)}
                stroke={articleColour(a)}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      )}
    </Card>
  )
}
