// The findings list's filter bar: platform, article, rule (limited to the chosen article's rules),
// severity, status (several at once; open + confirmed by default) and a range of months.
import { DatePicker, Flex, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/catalogue/types'
import type { FindingStatus, Severity } from '@shared/domain/findings'
import { RULE_IDS, RULE_REQUIREMENT, type RuleId } from '@shared/rules/types'
import { articleOf, RULED_ARTICLES } from '@shared/scorecard/articles'
import { FINDING_STATUSES, SEVERITIES, type FindingFilters } from './filters'
import { articleLabel, ruleName } from './labels'

interface Props {
  filters: FindingFilters
  onChange: (next: FindingFilters) => void
  platforms: readonly { id: string; name: string }[]
  articles: ReadonlyMap<string, Article>
  /** shown at the end of the bar (e.g. a reset button) */
  children?: ReactNode
}

const month = (value: string | null): Dayjs | null => (value === null ? null : dayjs(`${value}-01`))

export function FindingFilterBar({ filters, onChange, platforms, articles, children }: Props) {
  const { t, i18n } = useTranslation()
  const set = (patch: Partial<FindingFilters>) => onChange({ ...filters, ...patch })
  const rules = RULE_IDS.filter((id) => filters.article === null || articleOf(RULE_REQUIREMENT[id]) === filters.article)

  return (
    <Flex gap={8} wrap align="center">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('findings.filters.platform')}
        value={filters.platformId}
        onChange={(platformId: string | undefined) => set({ platformId: platformId ?? null })}
        options={platforms.map((p) => ({ value: p.id, label: p.name }))}
        style={{ width: 140 }}
        data-testid="findings-filter-platform"
      />
      <Select
        allowClear
        placeholder={t('findings.filters.article')}
        value={filters.article}
        onChange={(article: string | undefined) => {
          const next = article ?? null
          // a rule of another article would leave the list empty for no visible reason
          const keepRule = filters.rule !== null && next !== null && articleOf(RULE_REQUIREMENT[filters.rule]) === next
          set({ article: next, rule: keepRule || next === null ? filters.rule : null })
        }}
        options={RULED_ARTICLES.map((a) => ({ value: a, label: articleLabel(a, articles.get(a), i18n.language) }))}
        popupMatchSelectWidth={false}
        style={{ width: 170 }}
        data-testid="findings-filter-article"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('findings.filters.rule')}
        value={filters.rule}
        onChange={(rule: RuleId | undefined) => set({ rule: rule ?? null })}
        options={rules.map((id) => ({ value: id, label: ruleName(t, id) }))}
        popupMatchSelectWidth={false}
        style={{ width: 200 }}
        data-testid="findings-filter-rule"
      />
      <Select
        allowClear
        placeholder={t('findings.filters.severity')}
        value={filters.severity}
        onChange={(severity: Severity | undefined) => set({ severity: severity ?? null })}
        options={SEVERITIES.map((s) => ({ value: s, label: t('findings.severityLabel', { label: t(`domain.severity.${s}`) }) }))}
        style={{ width: 110 }}
        data-testid="findings-filter-severity"
      />
      <Select<FindingStatus[]>
        mode="multiple"
        allowClear
        placeholder={t('findings.filters.status')}
        value={[...filters.statuses]}
        onChange={(statuses) => set({ statuses })}
        options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`findings.status.${s}`) }))}
        maxTagCount="responsive"
        style={{ width: 190 }}
        data-testid="findings-filter-status"
      />
      <DatePicker.RangePicker
        picker="month"
        allowEmpty={[true, true]}
        placeholder={[t('findings.filters.from'), t('findings.filters.to')]}
        value={[month(filters.from), month(filters.to)]}
        onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM') ?? null, to: range?.[1]?.format('YYYY-MM') ?? null })}
        style={{ width: 220 }}
        data-testid="findings-filter-period"
      />
      {children}
    </Flex>
  )
}
