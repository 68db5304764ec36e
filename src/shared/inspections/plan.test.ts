import { describe, expect, it } from 'vitest'
import { coversDay, isOverdue, validatePlan } from './plan'

const input = { platformId: 'p1', kind: 'routine', title: ' 第三季度例行检查 ', plannedStart: '2026-09-01', plannedEnd: '2026-09-03', team: [' 周检查 ', '吴审核', '周检查', ''], catalogueId: 'c@1' }

describe('an inspection plan', () => {
  it('is normalised: trimmed title, team without blanks or repeats', () => {
    expect(validatePlan(input)).toEqual({ ok: true, value: { ...input, title: '第三季度例行检查', team: ['周检查', '吴审核'] } })
  })

  it('names every problem with its field', () => {
    const r = validatePlan({ ...input, platformId: '', kind: 'audit', title: '', plannedEnd: '2026-08-31', team: [' '] })
    expect(r.ok ? [] : r.problems).toEqual([
      { key: 'inspections.validation.platformRequired', path: 'platformId' },
      { key: 'inspections.validation.kindUnknown', path: 'kind' },
      { key: 'inspections.validation.titleRequired', path: 'title' },
      { key: 'inspections.validation.endBeforeStart', path: 'plannedEnd' },
      { key: 'inspections.validation.teamRequired', path: 'team' },
    ])
  })

  it('refuses impossible dates and over-long names', () => {
    const r = validatePlan({ ...input, plannedStart: '2026-02-30', title: '检'.repeat(101), team: ['名'.repeat(41)] })
    expect(r.ok ? [] : r.problems).toEqual([
      { key: 'inspections.validation.titleTooLong', path: 'title', params: { max: 100 } },
      { key: 'inspections.validation.dateInvalid', path: 'plannedStart' },
      { key: 'inspections.validation.memberTooLong', path: 'team', params: { max: 40 } },
    ])
  })

  it('is overdue once its planned end has passed and it is not closed', () => {
    expect(isOverdue({ status: 'inProgress', plannedEnd: '2026-09-03' }, '2026-09-04')).toBe(true)
    expect(isOverdue({ status: 'planned', plannedEnd: '2026-09-03' }, '2026-09-03')).toBe(false)
    expect(isOverdue({ status: 'closed', plannedEnd: '2026-09-03' }, '2027-01-01')).toBe(false)
    expect(coversDay({ plannedStart: '2026-09-01', plannedEnd: '2026-09-03' }, '2026-09-03')).toBe(true)
    expect(coversDay({ plannedStart: '2026-09-01', plannedEnd: '2026-09-03' }, '2026-09-04')).toBe(false)
  })
})
