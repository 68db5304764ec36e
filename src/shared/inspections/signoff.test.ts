import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import type { Inspection, InspectionItem, ItemResult } from '../domain/findings'
import { revise } from '../sync/revision'
import { customItem, generateChecklist } from './checklist'
import { isEditable, missingItems, signOff, started } from './signoff'

const stamp = { by: '周检查', at: '2026-09-01T01:00:00.000Z' }
const inspection = (status: Inspection['status'], signOffSteps: Inspection['signOff'] = []): Inspection =>
  revise<Inspection>({
    id: 'i1', platformId: 'p1', catalogueId: 'c@1', kind: 'field', title: '现场检查', plannedStart: '2026-09-01', plannedEnd: '2026-09-03',
    team: ['周检查'], status, signOff: signOffSteps, closedAt: null, createdAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.by,
  })
const items = generateChecklist(noticeCatalogue(), ['qa'], 'i1', stamp)
const all = (result: ItemResult): InspectionItem[] => items.map((i) => ({ ...i, result }))
const act = (by: string, comments = '') => ({ by, at: '2026-09-04T02:00:00.000Z', comments })

describe('the sign-off state machine', () => {
  it('the first piece of work moves a planned inspection to in progress, and nothing else', () => {
    expect(started(inspection('planned'), stamp).status).toBe('inProgress')
    const inReview = inspection('inReview')
    expect(started(inReview, stamp)).toBe(inReview)
    expect(isEditable('planned') && isEditable('inProgress')).toBe(true)
    expect(isEditable('inReview') || isEditable('closed')).toBe(false)
  })

  it('submits a complete checklist (not applicable counts as assessed), recording the step', () => {
    const complete = all('compliant').map((i, k) => (k === 0 ? { ...i, result: 'notApplicable' as const } : i))
    const r = signOff(inspection('inProgress'), complete, 'submit', act('周检查', ' 请审核 '))
    expect(r.ok && r.inspection).toMatchObject({ status: 'inReview', signOff: [{ action: 'submitted', by: '周检查', at: '2026-09-04T02:00:00.000Z', comments: '请审核' }], closedAt: null })
  })

  it('refuses to submit what is not complete, saying which items are missing', () => {
    const partly = all('compliant').map((i, k) => (k < 7 ? { ...i, result: 'notAssessed' as const } : i))
    const r = signOff(inspection('inProgress'), partly, 'submit', act('周检查'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.missing.map((i) => i.requirementId)).toEqual(items.slice(0, 7).map((i) => i.requirementId))
    expect(r.problem).toEqual({ key: 'inspections.validation.incomplete', params: { count: 7, items: `${items.slice(0, 5).map((i) => i.requirementId).join(', ')} …` } })
    expect(missingItems(partly)).toHaveLength(7)
  })

  it('names an office’s own missing item by its text', () => {
    const own = customItem('i1', items, { text: '核查未成年人模式入口是否显著', articleId: 'custom' }, 'k', stamp)
    const r = signOff(inspection('inProgress'), [...all('compliant'), own], 'submit', act('周检查'))
    expect(!r.ok && r.problem.params).toEqual({ count: 1, items: '核查未成年人模式入口是否…' })
  })

  it('refuses to submit an empty checklist, or from any status but in progress', () => {
    expect(signOff(inspection('inProgress'), [], 'submit', act('周检查'))).toMatchObject({ ok: false, problem: { key: 'inspections.validation.noItems' } })
    for (const status of ['planned', 'inReview', 'closed'] as const) {
      expect(signOff(inspection(status), all('compliant'), 'submit', act('周检查'))).toMatchObject({ ok: false, problem: { key: 'inspections.validation.wrongStatus', params: { status } } })
    }
  })

  it('accepts a submitted inspection: closed, with its time', () => {
    const r = signOff(inspection('inReview', [{ action: 'submitted', by: '周检查', at: stamp.at, comments: '' }]), all('compliant'), 'accept', act('审核人'))
    expect(r.ok && r.inspection).toMatchObject({ status: 'closed', closedAt: '2026-09-04T02:00:00.000Z', updatedBy: '审核人' })
    expect(r.ok && r.inspection.signOff.map((s) => s.action)).toEqual(['submitted', 'accepted'])
  })

  it('sends back only with comments, to in progress', () => {
    expect(signOff(inspection('inReview'), all('compliant'), 'return', act('审核人', '  '))).toMatchObject({ ok: false, problem: { key: 'inspections.validation.commentsRequired' } })
    const r = signOff(inspection('inReview'), all('compliant'), 'return', act('审核人', '补充N9.1证据'))
    expect(r.ok && r.inspection).toMatchObject({ status: 'inProgress', closedAt: null, signOff: [{ action: 'returned', by: '审核人', comments: '补充N9.1证据' }] })
  })

  it('takes no step at all from a closed inspection', () => {
    for (const action of ['submit', 'accept', 'return'] as const) {
      expect(signOff(inspection('closed'), all('compliant'), action, act('审核人', '意见')).ok).toBe(false)
    }
    expect(signOff(inspection('inProgress'), all('compliant'), 'accept', act('审核人')).ok).toBe(false)
  })
})
