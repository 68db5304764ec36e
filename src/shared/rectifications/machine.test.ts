import { describe, expect, it } from 'vitest'
import type { RectificationStatus } from '../domain/findings'
import { contentRev } from '../sync/revision'
import { allowedActions, applyAction, canApply, findingStatusFor, lastStep, type RectificationAction } from './machine'
import { sampleOrder } from './testing'

const ctx = { today: '2026-12-01', recordedBy: '李四', at: '2026-12-01T03:00:00.000Z' }
const report: RectificationAction = { type: 'report', id: 'rep-1', receivedOn: '2026-11-18', summary: '已暂停相关账号营利权限', attachmentIds: ['a1'] }
const recheck = (result: 'passed' | 'failed', notes = ''): RectificationAction => ({ type: 'recheck', on: '2026-11-25', by: '王五、赵六', result, notes })
const escalate: RectificationAction = { type: 'escalate', measure: 'interview', on: '2026-11-26', notes: '约谈平台负责人' }
const close: RectificationAction = { type: 'close', on: '2026-12-01', notes: '' }

function walk(...actions: RectificationAction[]) {
  let order = sampleOrder()
  for (const action of actions) {
    const result = applyAction(order, action, ctx)
    if (!result.ok) throw new Error(`refused: ${result.problems.map((p) => p.key).join()}`)
    order = result.order
  }
  return order
}

describe('the rectification state machine', () => {
  it('starts at 待整改 with the issue recorded', () => {
    const order = sampleOrder()
    expect(order.status).toBe('ordered')
    expect(order.steps).toEqual([{ kind: 'issued', on: '2026-10-30', recordedBy: '张三', at: '2026-10-30T02:00:00.000Z' }])
    expect(order.rev).toBe(contentRev(order))
  })

  it('goes report → re-check passed → closed', () => {
    expect(walk(report).status).toBe('reported')
    expect(walk(report, recheck('passed')).status).toBe('recheckPassed')
    const closed = walk(report, recheck('passed'), close)
    expect(closed.status).toBe('closed')
    expect(closed.closedOn).toBe('2026-12-01')
    expect(closed.steps.map((s) => s.kind)).toEqual(['issued', 'report', 'recheck', 'closed'])
  })

  it('goes report → re-check failed → escalate → re-check passed → closed, keeping every step', () => {
    const order = walk(report, recheck('failed', '仍有3个账号未暂停'), escalate, recheck('passed'), close)
    expect(order.status).toBe('closed')
    expect(order.steps.map((s) => (s.kind === 'recheck' ? `recheck:${s.result}` : s.kind))).toEqual(['issued', 'report', 'recheck:failed', 'escalation', 'recheck:passed', 'closed'])
    expect(lastStep(order, 'escalation')).toMatchObject({ measure: 'interview', on: '2026-11-26', notes: '约谈平台负责人', recordedBy: '李四' })
    expect(lastStep(order, 'report')).toMatchObject({ id: 'rep-1', attachmentIds: ['a1'] })
  })

  it('lets an order with no report be escalated, escalated again, and then reported on', () => {
    expect(walk(escalate).status).toBe('escalated')
    expect(walk(escalate, { ...escalate, measure: 'fine' }).status).toBe('escalated')
    expect(walk(escalate, report).status).toBe('reported')
  })

  it('refuses steps the stage does not allow', () => {
    const table: [RectificationStatus, RectificationAction['type'], boolean][] = [
      ['ordered', 'recheck', false],
      ['ordered', 'close', false],
      ['reported', 'close', false],
      ['recheckFailed', 'close', false],
      ['escalated', 'close', false],
      ['recheckPassed', 'report', false],
      ['recheckPassed', 'escalate', false],
      ['recheckPassed', 'close', true],
      ['closed', 'report', false],
      ['closed', 'recheck', false],
      ['closed', 'escalate', false],
      ['closed', 'close', false],
    ]
    for (const [status, type, allowed] of table) expect(canApply(status, type), `${status} ${type}`).toBe(allowed)
    expect(allowedActions('closed')).toEqual([])
    const refused = applyAction(sampleOrder(), close, ctx)
    expect(refused).toEqual({ ok: false, problems: [{ key: 'rectifications.problem.notAllowed', path: '' }] })
  })

  it('checks each step: dates between the issue and today, a summary, who re-checked, why it failed', () => {
    const order = sampleOrder()
    const keys = (action: RectificationAction) => {
      const r = applyAction(order, action, ctx)
      return r.ok ? [] : r.problems.map((p) => `${p.path}:${p.key.split('.').pop() ?? ''}`)
    }
    expect(keys({ ...report, receivedOn: '2026-10-29' })).toEqual(['receivedOn:beforeIssue'])
    expect(keys({ ...report, receivedOn: '2026-12-02' })).toEqual(['receivedOn:future'])
    expect(keys({ ...report, receivedOn: '2026-02-30' })).toEqual(['receivedOn:date'])
    expect(keys({ ...report, summary: '  ' })).toEqual(['summary:summaryRequired'])
    expect(keys({ ...report, receivedOn: '2026-10-30' })).toEqual([])
    const reported = walk(report)
    const recheckKeys = (action: RectificationAction) => {
      const r = applyAction(reported, action, ctx)
      return r.ok ? [] : r.problems.map((p) => `${p.path}:${p.key.split('.').pop() ?? ''}`)
    }
    expect(recheckKeys({ type: 'recheck', on: '2026-11-25', by: ' ', result: 'failed', notes: '' })).toEqual(['by:byRequired', 'notes:notesRequired'])
    expect(recheckKeys({ type: 'escalate', measure: 'prison' as never, on: '2026-11-25', notes: '' })).toEqual(['measure:measure'])
  })

  it('makes a new revision on top of the old one for each step', () => {
    const order = sampleOrder()
    const result = applyAction(order, report, ctx)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.order.rev).not.toBe(order.rev)
    expect(result.order.prevRevs).toEqual([order.rev])
    expect(result.order.updatedBy).toBe('李四')
  })

  it('keeps findings in rectification until the order is closed', () => {
    for (const s of ['ordered', 'reported', 'recheckPassed', 'recheckFailed', 'escalated'] as const) expect(findingStatusFor(s)).toBe('rectifying')
    expect(findingStatusFor('closed')).toBe('closed')
  })
})
