import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import type { Catalogue } from '../catalogue/types'
import type { InspectionItem } from '../domain/findings'
import { contentRev } from '../sync/revision'
import { applicableRequirements, byChecklistOrder, customItem, generateChecklist, groupByArticle, itemId, validateCustomItem } from './checklist'

const stamp = { by: '周检查', at: '2026-09-01T01:00:00.000Z' }
const notice = noticeCatalogue()

/** A small catalogue whose requirements apply to different types. */
function tiny(): Catalogue {
  const base = noticeCatalogue()
  const pick = (id: string) => base.requirements.find((r) => r.id === id)!
  return {
    ...base,
    requirements: [
      { ...pick('N1.1'), appliesTo: ['news', 'social'] },
      { ...pick('N5.1'), appliesTo: ['live'] },
      { ...pick('N9.1'), appliesTo: ['live', 'shortVideo'] },
      { ...pick('N11.1'), appliesTo: ['qa'] },
    ],
  }
}

describe('the checklist drawn from the catalogue', () => {
  it('takes the requirements that apply to any of the platform’s types, in the catalogue’s order', () => {
    expect(generateChecklist(tiny(), ['live'], 'i1', stamp).map((i) => i.requirementId)).toEqual(['N5.1', 'N9.1'])
    expect(generateChecklist(tiny(), ['shortVideo', 'news'], 'i1', stamp).map((i) => i.requirementId)).toEqual(['N1.1', 'N9.1'])
    expect(generateChecklist(tiny(), ['community'], 'i1', stamp)).toEqual([])
  })

  it('gives each item the requirement, its article, the notice’s text, an order and stable ids', () => {
    const items = generateChecklist(notice, ['qa'], 'i1', stamp)
    const n11 = notice.requirements.find((r) => r.id === 'N1.1')!
    expect(items.find((i) => i.requirementId === 'N1.1')).toEqual(
      expect.objectContaining({ id: 'i1/N1.1', articleId: 'N1', text: n11.textZh, result: 'notAssessed', notes: '', attachmentIds: [], updatedBy: '周检查' }),
    )
    expect(items.map((i) => i.order)).toEqual(items.map((_, k) => k + 1))
    expect(items.every((i) => i.inspectionId === 'i1' && i.id === itemId('i1', i.requirementId))).toBe(true)
    expect(items.map((i) => i.requirementId)).toEqual(applicableRequirements(notice, ['qa']).map((r) => r.id))
    // made again, the same records: what a bundle merge needs to recognise them
    expect(generateChecklist(notice, ['qa'], 'i1', { by: '别人', at: '2027-01-01T00:00:00.000Z' }).map((i) => i.rev)).toEqual(items.map((i) => i.rev))
  })

  it('covers the whole notice for a platform of every type, and fewer requirements for a Q&A site', () => {
    expect(generateChecklist(notice, ['news', 'social', 'live', 'shortVideo', 'qa', 'community'], 'i1', stamp)).toHaveLength(notice.requirements.length)
    expect(generateChecklist(notice, ['qa'], 'i1', stamp).length).toBeLessThan(notice.requirements.length)
  })

  it('items are revisioned records', () => {
    const [item] = generateChecklist(tiny(), ['news'], 'i1', stamp)
    expect(item!.rev).toBe(contentRev(item!))
    expect(item!.prevRevs).toEqual([])
  })
})

describe('the office’s own items', () => {
  const items = generateChecklist(tiny(), ['live'], 'i1', stamp)

  it('come after every item, with their own article and a custom requirement id', () => {
    const own = customItem('i1', items, { text: '  核查直播间打赏提示  ', articleId: 'N5' }, 'k1', stamp)
    expect(own).toMatchObject({ id: 'i1/custom:k1', requirementId: 'custom:k1', articleId: 'N5', text: '核查直播间打赏提示', order: 3, result: 'notAssessed' })
    const second = customItem('i1', [...items, own], { text: '其他', articleId: 'custom' }, 'k2', stamp)
    expect(second.order).toBe(4)
  })

  it('sit with their article in the checklist order; items of the office’s own article come last', () => {
    const own = customItem('i1', items, { text: '核查直播间打赏提示', articleId: 'N5' }, 'k1', stamp)
    const loose = customItem('i1', [...items, own], { text: '其他', articleId: 'custom' }, 'k2', stamp)
    const early = customItem('i1', [...items, own, loose], { text: '账号审核', articleId: 'N1' }, 'k3', stamp)
    const all: InspectionItem[] = [loose, ...items, early, own]
    expect([...all].sort(byChecklistOrder).map((i) => i.requirementId)).toEqual(['custom:k3', 'N5.1', 'custom:k1', 'N9.1', 'custom:k2'])
    expect(groupByArticle(all).map((g) => [g.articleId, g.items.length])).toEqual([['N1', 1], ['N5', 2], ['N9', 1], ['custom', 1]])
  })

  it('need a text and a known article', () => {
    expect(validateCustomItem({ text: ' ', articleId: 'N99' }, ['N1', 'N5'])).toEqual({
      ok: false,
      problems: [
        { key: 'inspections.validation.itemTextRequired', path: 'text' },
        { key: 'inspections.validation.articleUnknown', path: 'articleId' },
      ],
    })
    expect(validateCustomItem({ text: 'x'.repeat(501), articleId: 'custom' }, []).ok).toBe(false)
    expect(validateCustomItem({ text: ' 查看 ', articleId: 'custom' }, [])).toEqual({ ok: true, value: { text: '查看', articleId: 'custom' } })
  })
})
