// The articles of one catalogue version with their requirements: a search box that filters requirements
// by id or text, an index of the articles beside them (click to go there), and one collapsible section per
// article. Scrolling is done by element, not by URL hash, which belongs to the router.
import { Button, Collapse, Empty, Flex, Input, Typography, theme } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue, Requirement } from '@shared/catalogue/types'
import { chineseNumeral, useCatalogueDisplay } from './display'
import { RequirementItem } from './RequirementItem'

function matches(requirement: Requirement, needle: string): boolean {
  if (needle === '') return true
  const fields = [requirement.id, requirement.textZh, requirement.summaryEn, ...requirement.evidenceZh]
  return fields.some((field) => field.toLowerCase().includes(needle))
}

function scrollToElement(id: string, block: ScrollLogicalPosition = 'start'): void {
  // two frames: one for the tab or section to open, one for its content to be laid out
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block })),
  )
}

/** What the reader is looking at: the search term and the open articles. The page holds it, so that other
 * parts of it (the parameter table) can send the reader to a requirement. */
export function useArticleView(catalogue: Catalogue) {
  const [term, setTerm] = useState('')
  const [open, setOpen] = useState<string[]>(() => catalogue.articles.map((a) => a.id))
  /** the requirement the reader was last sent to, marked so the eye finds it */
  const [focused, setFocused] = useState<string | null>(null)
  const opening = (articleId: string) => setOpen((prev) => (prev.includes(articleId) ? prev : [...prev, articleId]))
  return {
    term,
    open,
    focused,
    setOpen,
    search: (value: string) => {
      setTerm(value)
      setFocused(null)
      // a search opens every article it found something in
      const found = value.trim().toLowerCase()
      setOpen(catalogue.articles.filter((a) => catalogue.requirements.some((r) => r.articleId === a.id && matches(r, found))).map((a) => a.id))
    },
    goToArticle: (articleId: string) => {
      opening(articleId)
      scrollToElement(`article-${articleId}`)
    },
    goToRequirement: (requirementId: string) => {
      const requirement = catalogue.requirements.find((r) => r.id === requirementId)
      if (!requirement) return
      setTerm('')
      setFocused(requirement.id)
      opening(requirement.articleId)
      scrollToElement(`requirement-${requirement.id}`, 'center')
    },
  }
}

export type ArticleView = ReturnType<typeof useArticleView>

export function ArticleSections({ catalogue, view }: { catalogue: Catalogue; view: ArticleView }) {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const { token } = theme.useToken()
  const { term, open, setOpen, search, goToArticle: goTo } = view
  const needle = term.trim().toLowerCase()

  const sections = catalogue.articles
    .map((article) => ({ article, requirements: catalogue.requirements.filter((r) => r.articleId === article.id && matches(r, needle)) }))
    .filter((s) => needle === '' || s.requirements.length > 0)
  const shown = sections.reduce((n, s) => n + s.requirements.length, 0)

  const heading = (number: number, title: string) => t('catalogue.version.articleHeading', { numeral: chineseNumeral(number), number, title })
  const articleTitle = (a: Catalogue['articles'][number]) => (display.english && a.titleEn ? a.titleEn : a.titleZh)

  return (
    <div>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={term}
          onChange={(e) => search(e.target.value)}
          placeholder={t('catalogue.version.searchPlaceholder')}
          style={{ width: 340 }}
          data-testid="requirement-search"
        />
        {needle !== '' && (
          <Typography.Text type="secondary" data-testid="requirement-search-result">
            {t('catalogue.version.searchResult', { count: shown })}
          </Typography.Text>
        )}
        <Flex gap={4} style={{ marginInlineStart: 'auto' }}>
          <Button size="small" type="link" onClick={() => setOpen(sections.map((s) => s.article.id))}>
            {t('catalogue.version.expandAll')}
          </Button>
          <Button size="small" type="link" onClick={() => setOpen([])}>
            {t('catalogue.version.collapseAll')}
          </Button>
        </Flex>
      </Flex>

      <Flex gap={16} align="flex-start">
        <nav
          style={{ width: 216, flex: 'none', position: 'sticky', top: 12, borderInlineEnd: `1px solid ${token.colorSplit}`, paddingInlineEnd: 8 }}
          data-testid="article-index"
        >
          {catalogue.articles.map((article) => {
            const count = sections.find((s) => s.article.id === article.id)?.requirements.length ?? 0
            return (
              <Flex
                key={article.id}
                justify="space-between"
                gap={6}
                role="link"
                tabIndex={0}
                onClick={() => count > 0 && goTo(article.id)}
                onKeyDown={(e) => e.key === 'Enter' && count > 0 && goTo(article.id)}
                style={{
                  padding: '3px 6px',
                  fontSize: 13,
                  borderRadius: 4,
                  cursor: count > 0 ? 'pointer' : 'default',
                  color: count > 0 ? token.colorText : token.colorTextQuaternary,
                }}
                className="catalogue-article-link"
              >
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={articleTitle(article)}>
                  {t('catalogue.version.articleIndex', { numeral: chineseNumeral(article.number), number: article.number, title: articleTitle(article) })}
                </span>
                <span style={{ color: token.colorTextTertiary, flex: 'none' }}>{count}</span>
              </Flex>
            )
          })}
        </nav>

        <div style={{ flex: 1, minWidth: 0 }}>
          {sections.length === 0 ? (
            <Empty description={t('catalogue.version.noMatch')} />
          ) : (
            <Collapse
              size="small"
              activeKey={open}
              onChange={(keys) => setOpen(keys)}
              items={sections.map(({ article, requirements }) => ({
                key: article.id,
                label: (
                  <Typography.Text strong id={`article-${article.id}`} data-testid={`article-${article.id}`}>
                    {heading(article.number, articleTitle(article))}
                  </Typography.Text>
                ),
                extra: <Typography.Text type="secondary">{t('catalogue.version.requirementCount', { count: requirements.length })}</Typography.Text>,
                children: requirements.map((r) => <RequirementItem key={r.id} requirement={r} term={needle} focused={r.id === view.focused} />),
                styles: { body: { padding: '0 12px' } },
              }))}
            />
          )}
        </div>
      </Flex>
    </div>
  )
}
