import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import type { Inspection, InspectionItem } from '../domain/findings'
import { createTranslator, type Message } from '../i18n'
import { revise } from '../sync/revision'
import { customItem, generateChecklist } from './checklist'
import { findingId, inspectionFindings } from './findings'

const zhT = await createTranslator('zh-CN')
const zh = (m: Message) => zhT.t(m.key, m.params)
const stamp = { by: '周检查', at: '2026-09-01T01:00:00.000Z' }
const inspection = revise<Inspection>({
  id: 'i1', platformId: 'p1', catalogueId: 'c@1', kind: 'field', title: '栖木视频现场检查', plannedStart: '2026-08-30', plannedEnd: '2026-09-03',
  team: ['周检查'], status: 'closed', signOff: [], closedAt: '2026-09-04T00:00:00.000Z', createdAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.by,
})
const base = generateChecklist(noticeCatalogue(), ['live'], 'i1', stamp).slice(0, 4)
const own = customItem('i1', base, { text: '核查直播打赏限额提示', articleId: 'N9' }, 'k1', stamp)
const items: InspectionItem[] = [
  { ...base[0]!, result: 'nonCompliant', notes: '  抽查20个账号，3个未人工审核  ', attachmentIds: ['a1', 'a2'] },
  { ...base[1]!, result: 'compliant' },
  { ...base[2]!, result: 'partial' },
  { ...base[3]!, result: 'notApplicable' },
  { ...own, result: 'nonCompliant', notes: '无提示' },
]

describe('findings from an accepted inspection', () => {
  const found = inspectionFindings(inspection, items, zh, '2026-09-04T00:00:00.000Z')

  it('one per non-compliant (high) and partial (medium) item, in checklist order', () => {
    expect(found.map((f) => [f.requirementId, f.severity])).toEqual([
      [base[0]!.requirementId, 'high'],
      [base[2]!.requirementId, 'medium'],
      ['custom:k1', 'high'],
    ])
  })

  it('carry the inspection, the platform, the evidence and a stable id', () => {
    expect(found[0]).toMatchObject({
      id: findingId(base[0]!.id),
      source: 'inspection',
      rule: 'inspection',
      platformId: 'p1',
      inspectionId: 'i1',
      accountId: null,
      holderKey: null,
      message: null,
      evidence: [base[0]!.id, 'a1', 'a2'],
      status: 'open',
      decision: null,
      stale: false,
      period: '2026-08',
      createdAt: '2026-09-04T00:00:00.000Z',
    })
    expect(found[0]!.id).toBe(`insp-i1/${base[0]!.requirementId}`)
    expect(inspectionFindings(inspection, items, zh, 'later').map((f) => f.id)).toEqual(found.map((f) => f.id))
  })

  it('explain in Chinese with the item’s text and the notes', () => {
    expect(found[0]!.explanation).toBe(`督导检查认定“不符合”：${base[0]!.text}检查记录：抽查20个账号，3个未人工审核`)
    expect(found[1]!.explanation).toBe(`督导检查认定“部分符合”：${base[2]!.text}`)
    // an office's own item without a full stop gets one before the notes
    expect(found[2]!.explanation).toBe('督导检查认定“不符合”：核查直播打赏限额提示。检查记录：无提示')
  })

  it('none from a checklist that is all compliant or not applicable', () => {
    expect(inspectionFindings(inspection, [items[1]!, items[3]!], zh, 'x')).toEqual([])
  })
})
