import { describe, expect, it } from 'vitest'
import type { Finding } from '../domain/findings'
import { mergeRuleFindings } from './merge'
import { finding, type RuleFinding } from './types'

const fresh = (anchor: string): RuleFinding =>
  finding('N9.earnings-suspension', 'p', anchor, {
    accountId: anchor, holderKey: null, severity: 'high', message: { key: 'rules.explain.suspensionMissing', params: { days: 7 } }, evidence: ['s#1'], period: '2026-07',
  })
const explain = () => '说明'

describe('merging a rule run into stored findings', () => {
  it('keeps decisions on findings found again, drops undecided ones no longer found, keeps decided ones as stale', () => {
    const first = mergeRuleFindings([], [fresh('a'), fresh('b'), fresh('c')], explain, 't1')
    expect(first.counts).toEqual({ added: 3, kept: 0, stale: 0, removed: 0 })
    const stored = first.put.map((f): Finding => (f.accountId === 'a' ? { ...f, status: 'dismissed', decision: { status: 'dismissed', by: '张三', at: 't1', reason: '已核实为误报' } } : f.accountId === 'b' ? { ...f, status: 'confirmed', decision: { status: 'confirmed', by: '张三', at: 't1', reason: '' } } : f))
    const second = mergeRuleFindings(stored, [fresh('a'), fresh('d')], explain, 't2')
    expect(second.counts).toEqual({ added: 1, kept: 1, stale: 1, removed: 1 })
    const byAccount = new Map(second.put.map((f) => [f.accountId, f]))
    expect(byAccount.get('a')).toMatchObject({ status: 'dismissed', decision: { reason: '已核实为误报' }, stale: false, createdAt: 't1', updatedAt: 't2' })
    expect(byAccount.get('b')).toMatchObject({ status: 'confirmed', stale: true })
    expect(byAccount.get('d')).toMatchObject({ status: 'open', decision: null })
    expect(second.remove).toEqual([stored.find((f) => f.accountId === 'c')?.id])
    // found again later: the stale mark goes, the decision stays
    const third = mergeRuleFindings(second.put, [fresh('b')], explain, 't3')
    expect(third.put.find((f) => f.accountId === 'b')).toMatchObject({ stale: false, status: 'confirmed' })
  })
})
