// How a finding's codes look wherever they are shown (the list, the detail, the scorecard): severity and
// status as coloured tags (a stale finding says so beside its status), rule names and articles by their
// translated names, and the explanation in the reader's language.
import { Space, Tag, Tooltip } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/catalogue/types'
import { articleOf } from '@shared/scorecard/articles'
import type { Finding, FindingStatus, Severity } from '@shared/domain/findings'
import { RULE_IDS, type RuleId } from '@shared/rules/types'

const SEVERITY_COLOUR: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'blue' }

const STATUS_COLOUR: Record<FindingStatus, string> = { open: 'gold', confirmed: 'volcano', dismissed: 'default', rectifying: 'processing', closed: 'green' }

export function isRuleId(rule: string): rule is RuleId {
  return (RULE_IDS as readonly string[]).includes(rule)
}

/** A rule's name (an inspection's finding: 督导检查); a rule this version does not know (a later one's
 * finding) by its id. */
export function ruleName(t: TFunction, rule: string): string {
  if (rule === 'inspection') return t('inspections.finding.rule')
  return isRuleId(rule) ? t(`rules.name.${rule}`) : rule
}

/** The explanation in the reader's language; the Chinese text stored at the time when there is no message. */
export function explanationOf(t: TFunction, f: Finding): string {
  return f.message ? t(f.message.key, f.message.params) : f.explanation
}

/** `N9 限制违规行为获利` in Chinese, `N9 Stop violations from paying` in English. */
export function articleLabel(articleId: string, article: Article | undefined, language: string): string {
  if (!article) return articleId
  return `${articleId} ${language.startsWith('zh') ? article.titleZh : article.titleEn}`
}

/** The article a finding's requirement belongs to, as a label; the requirement id itself where it has none
 * (the office's own inspection items). */
export function requirementArticleLabel(requirementId: string, articles: ReadonlyMap<string, Article>, language: string): string {
  const a = articleOf(requirementId)
  return a === null ? requirementId : articleLabel(a, articles.get(a), language)
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation()
  return (
    <Tag color={SEVERITY_COLOUR[severity]} style={{ marginInlineEnd: 0 }} data-severity={severity}>
      {t(`domain.severity.${severity}`)}
    </Tag>
  )
}

export function FindingStatusTag({ finding }: { finding: Pick<Finding, 'status' | 'stale'> }) {
  const { t } = useTranslation()
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOUR[finding.status]} style={{ marginInlineEnd: 0 }}>
        {t(`findings.status.${finding.status}`)}
      </Tag>
      {finding.stale ? (
        <Tooltip title={t('findings.staleHint')}>
          <Tag variant="outlined" style={{ marginInlineEnd: 0, borderStyle: 'dashed' }} data-testid="finding-stale">
            {t('findings.stale')}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  )
}
