// Progress and scores as the checklist fills: items assessed of all, the overall score and one per
// article (compliant 1, partial 0.5, non-compliant 0; not applicable and unassessed left out — see
// @shared/inspections/scoring), each with its tally of results.
import { Card, Flex, Progress, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/catalogue/types'
import type { InspectionItem } from '@shared/domain/findings'
import { articleScores, progressOf, scoreOf, type Score } from '@shared/inspections/scoring'
import { RESULT_FILL } from './labels'

/** Red below 60, amber below 85, green above: how offices grade. */
function scoreColour(score: number | null): string {
  if (score === null) return '#bfbfbf'
  return score < 60 ? RESULT_FILL.nonCompliant : score < 85 ? RESULT_FILL.partial : RESULT_FILL.compliant
}

function Tally({ score }: { score: Score }) {
  const { t } = useTranslation()
  return <span>{t('inspections.page.scoreDetail', score.tally)}</span>
}

export function ScorePanel({ items, articles }: { items: readonly InspectionItem[]; articles: ReadonlyMap<string, Article> }) {
  const { t, i18n } = useTranslation()
  const progress = progressOf(items)
  const overall = useMemo(() => scoreOf(items), [items])
  const byArticle = useMemo(() => articleScores(items), [items])
  const zh = i18n.language.startsWith('zh')
  const percent = progress.total === 0 ? 0 : Math.round((progress.assessed / progress.total) * 100)
  const shown = (s: number | null) => (s === null ? t('inspections.page.noScore') : t('inspections.page.score', { score: s }))

  return (
    <Card size="small" title={t('inspections.page.scores')}>
      <Flex vertical gap={12}>
        <div data-testid="inspection-progress" data-assessed={progress.assessed} data-total={progress.total}>
          <Typography.Text>{t('inspections.page.progress', { done: progress.assessed, total: progress.total })}</Typography.Text>
          <Progress percent={percent} size="small" status={percent === 100 ? 'success' : 'active'} showInfo={false} />
        </div>
        <Flex justify="space-between" align="baseline" data-testid="overall-score" data-score={overall.score ?? ''}>
          <Typography.Text strong>{t('inspections.page.overall')}</Typography.Text>
          <Tooltip title={<Tally score={overall} />}>
            <Typography.Text strong style={{ fontSize: 20, color: scoreColour(overall.score), fontVariantNumeric: 'tabular-nums' }}>
              {shown(overall.score)}
            </Typography.Text>
          </Tooltip>
        </Flex>
        <Flex vertical gap={6}>
          {byArticle.map((s) => {
            const article = articles.get(s.articleId)
            const label = article ? `${article.id} ${zh ? article.titleZh : article.titleEn}` : t('inspections.page.customArticle')
            return (
              <Tooltip key={s.articleId} title={<Tally score={s} />} placement="left">
                <div data-testid="article-score" data-article={s.articleId} data-score={s.score ?? ''}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text ellipsis style={{ fontSize: 12, maxWidth: 220 }}>
                      {label}
                    </Typography.Text>
                    <Typography.Text style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums', color: scoreColour(s.score) }}>{shown(s.score)}</Typography.Text>
                  </Flex>
                  <Progress percent={s.score ?? 0} size={['100%', 4]} showInfo={false} strokeColor={scoreColour(s.score)} />
                </div>
              </Tooltip>
            )
          })}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspections.page.scoreRule')}
        </Typography.Text>
      </Flex>
    </Card>
  )
}
