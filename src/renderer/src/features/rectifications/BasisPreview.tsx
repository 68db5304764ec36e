// The legal basis of an order: each article of the notice the findings fall under, with the clauses
// concerned in the notice's own (Chinese) words — what the printed notice quotes. In English the article's
// title is shown in English above the Chinese text.
import { Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/catalogue/types'
import type { LegalBasisArticle } from '@shared/domain/findings'

const QUOTE = { borderInlineStart: '3px solid #c0392b', background: '#fbf6f3', padding: '6px 12px', margin: 0 } as const

export function BasisPreview({ basis, articles, emptyText }: { basis: readonly LegalBasisArticle[]; articles: ReadonlyMap<string, Article>; emptyText: string }) {
  const { t, i18n } = useTranslation()
  if (basis.length === 0) return <Typography.Text type="secondary">{emptyText}</Typography.Text>
  const zh = i18n.language.startsWith('zh')
  return (
    <Flex vertical gap={12} data-testid="rectification-basis">
      {basis.map((a) => (
        <div key={a.articleId} data-article={a.articleId}>
          <Typography.Text strong>{t('rectifications.form.article', { number: a.number, title: zh ? a.titleZh : (articles.get(a.articleId)?.titleEn ?? a.titleZh) })}</Typography.Text>
          <Flex vertical gap={4} style={{ marginTop: 4 }}>
            {a.clauses.map((c) => (
              <Typography.Paragraph key={c.requirementId} style={QUOTE}>
                <Typography.Text type="secondary" code style={{ fontSize: 11, marginInlineEnd: 6 }}>
                  {c.requirementId}
                </Typography.Text>
                {c.textZh}
              </Typography.Paragraph>
            ))}
          </Flex>
        </div>
      ))}
    </Flex>
  )
}
