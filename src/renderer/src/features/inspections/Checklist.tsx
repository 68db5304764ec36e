// The checklist, grouped by article, walked with the keyboard alone: ↑/↓ or j/k move between items, 1–5 set
// the result, n or Enter goes to the notes (Esc comes back), a attaches files, a pasted screenshot becomes
// evidence of the current item, ? shows the keys. The current item is kept by id, so it stays put when the
// list re-sorts or re-reads.
import { Flex, theme, Typography } from 'antd'
import { useEffect, useMemo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '@shared/catalogue/types'
import type { InspectionItem } from '@shared/domain/findings'
import { groupByArticle } from '@shared/inspections/checklist'
import type { Attachment } from '@renderer/db/database'
import { ChecklistItem } from './ChecklistItem'
import { pastedImages } from './evidence'
import { useChecklistKeys } from './keyboard'
import type { ChecklistActions } from './useChecklistActions'
import type { Verification } from './useVerification'

interface Props {
  items: readonly InspectionItem[]
  catalogue: Catalogue | null | undefined
  editable: boolean
  attachments: ReadonlyMap<string, Attachment>
  verification: ReadonlyMap<string, Verification>
  missing: ReadonlySet<string>
  currentId: string | null
  onCurrent: (itemId: string) => void
  onHelp: () => void
  actions: ChecklistActions
}

/** An item's element on the page (matched by its data, not by a selector: ids are the store's, any text). */
export function itemElement(id: string): HTMLElement | null {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="checklist-item"]')].find((el) => el.dataset.itemId === id) ?? null
}

export function Checklist({ items, catalogue, editable, attachments, verification, missing, currentId, onCurrent, onHelp, actions }: Props) {
  const { t, i18n } = useTranslation()
  const { token } = theme.useToken()
  const groups = useMemo(() => groupByArticle(items), [items])
  const order = useMemo(() => groups.flatMap((g) => g.items), [groups])
  const requirements = useMemo(() => new Map((catalogue?.requirements ?? []).map((r) => [r.id, r])), [catalogue])
  const articles = useMemo(() => new Map((catalogue?.articles ?? []).map((a) => [a.id, a])), [catalogue])
  const index = Math.max(0, order.findIndex((i) => i.id === currentId))
  const current = order[index]

  const go = (target: InspectionItem | undefined) => {
    if (!target) return
    onCurrent(target.id)
    itemElement(target.id)?.focus()
  }

  useChecklistKeys((command) => {
    switch (command.type) {
      case 'move':
        go(order[Math.min(order.length - 1, Math.max(0, index + command.by))])
        return
      case 'first':
        go(order[0])
        return
      case 'last':
        go(order[order.length - 1])
        return
      case 'help':
        onHelp()
        return
      case 'result':
        if (!editable || !current) return
        // pinned: the item stays current after it is assessed (it would otherwise move on to the next unassessed)
        onCurrent(current.id)
        if (current.result !== command.result) void actions.setResult(current.id, command.result)
        return
      case 'notes':
        if (current) itemElement(current.id)?.querySelector<HTMLElement>('textarea')?.focus()
        return
      case 'attach':
        if (!editable || !current) return
        onCurrent(current.id)
        void actions.attachFiles(current.id)
        return
    }
  })

  // a screenshot pasted anywhere on the page (but in a dialog) is evidence of the current item
  useEffect(() => {
    if (!editable || !current) return
    const onPaste = (e: ClipboardEvent) => {
      if (e.target instanceof Element && e.target.closest('.ant-modal-wrap, .ant-drawer')) return
      const images = pastedImages(e.clipboardData)
      if (images.length === 0) return
      e.preventDefault()
      onCurrent(current.id)
      void actions.attachPasted(current.id, images)
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [editable, current, actions, onCurrent])

  const zh = i18n.language.startsWith('zh')
  const vars = {
    '--checklist-border': token.colorBorderSecondary,
    '--checklist-bg': token.colorBgContainer,
    '--checklist-current': token.colorPrimary,
    '--checklist-current-shadow': token.colorPrimaryBg,
  } as CSSProperties

  if (items.length === 0) return <Typography.Text type="secondary">{t('inspections.page.noItems')}</Typography.Text>
  return (
    <Flex vertical gap={20} style={vars} data-testid="checklist">
      {groups.map((group) => {
        const article = articles.get(group.articleId)
        return (
          <section key={group.articleId} aria-label={group.articleId}>
            <Typography.Title level={5} style={{ margin: '0 0 8px', color: token.colorTextHeading }} data-testid="checklist-article" data-article={group.articleId}>
              {article ? t('inspections.page.article', { id: article.id, title: zh ? article.titleZh : article.titleEn }) : t('inspections.page.customArticle')}
            </Typography.Title>
            <Flex vertical gap={8}>
              {group.items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  requirement={requirements.get(item.requirementId)}
                  current={item.id === current?.id}
                  missing={missing.has(item.id)}
                  editable={editable}
                  attachments={item.attachmentIds.flatMap((id) => attachments.get(id) ?? [])}
                  verification={verification}
                  actions={actions}
                  onCurrent={onCurrent}
                />
              ))}
            </Flex>
          </section>
        )
      })}
    </Flex>
  )
}
