// 平台评分: which platform fails which article, and how often for its size — standing rule findings per
// thousand dispositions, as a heat map over platforms and articles, for a range of months; below it the
// chosen platform's findings month by month. The months and the chosen platform live in the address.
import { DatePicker, Flex, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { buildScorecard, monthlyTrend, type MonthRange } from '@shared/scorecard/scorecard'
import { useArticles, useCommittedReports, useFindings, usePlatformList } from '@renderer/features/findings/hooks'
import { HEAT_LEVELS, heatStyle } from './heat'
import { ScorecardTable } from './ScorecardTable'
import { TrendChart } from './TrendChart'

const STANDING = ['open', 'confirmed'] as const
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function Legend() {
  const { t } = useTranslation()
  return (
    <Space size={6} align="center" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('findings.scorecard.legend')}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('findings.scorecard.legendLow')}
      </Typography.Text>
      {HEAT_LEVELS.map((level) => (
        <span key={level} style={{ ...heatStyle(level), display: 'inline-block', width: 22, height: 12, border: '1px solid rgba(0,0,0,0.06)' }} />
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('findings.scorecard.legendHigh')}
      </Typography.Text>
    </Space>
  )
}

export function ScorecardPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const month = (key: string) => {
    const v = params.get(key)
    return v !== null && MONTH.test(v) ? v : null
  }
  const from = month('from')
  const to = month('to')
  const range: MonthRange = useMemo(() => ({ from, to }), [from, to])
  const platforms = usePlatformList()
  const reports = useCommittedReports()
  const findings = useFindings(STANDING)
  const articles = useArticles()
  const loading = platforms === undefined || reports === undefined || findings === undefined
  // nothing until every read has answered: a half-loaded scorecard would show false zeros
  const card = useMemo(() => buildScorecard(platforms && reports && findings ? platforms : [], reports ?? [], findings ?? [], range), [platforms, reports, findings, range])
  // the worst platform until another is chosen
  const chosen = params.get('platform')
  const selected = card.rows.find((r) => r.platformId === chosen) ?? card.rows[0] ?? null
  const trend = useMemo(() => (selected ? monthlyTrend(reports ?? [], findings ?? [], selected.platformId, range) : []), [reports, findings, selected, range])

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k)
      else next.set(k, v)
    }
    setParams(next, { replace: true })
  }
  const asDay = (m: string | null): Dayjs | null => (m === null ? null : dayjs(`${m}-01`))

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('findings.scorecard.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('findings.scorecard.subtitle')}</Typography.Text>
      </div>
      <Flex gap={16} align="center" wrap justify="space-between">
        <DatePicker.RangePicker
          picker="month"
          allowEmpty={[true, true]}
          placeholder={[t('findings.filters.from'), t('findings.filters.to')]}
          value={[asDay(from), asDay(to)]}
          onChange={(r) => update({ from: r?.[0]?.format('YYYY-MM') ?? null, to: r?.[1]?.format('YYYY-MM') ?? null })}
          data-testid="scorecard-period"
        />
        <Legend />
      </Flex>
      <ScorecardTable card={card} articles={articles} range={range} selected={selected?.platformId ?? null} onSelect={(id) => update({ platform: id })} loading={loading} />
      {loading || card.rows.length === 0 ? null : <TrendChart platformName={selected?.platformName ?? null} trend={trend} articles={card.articles} titles={articles} />}
    </Flex>
  )
}
