import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/audit/chain'
import type { Finding } from '@shared/domain/findings'
import { decisionHistory } from './history'

const finding: Finding = {
  id: 'f1', source: 'rule', rule: 'N9.earnings-suspension', requirementId: 'N9.1', platformId: 'p1', accountId: 'a1', holderKey: null, severity: 'high',
  message: null, explanation: '', evidence: [], status: 'open', decision: null, stale: false, inspectionId: null, period: '2026-08',
  createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z',
}

const entry = (seq: number, action: string, decision: Finding['decision'], entityId = 'f1'): AuditEntry => ({
  seq, at: `2026-10-0${seq + 1}T08:00:00.000Z`, actor: { name: seq === 3 ? '' : '孙八', office: '网信办' }, action, entity: 'finding', entityId, summary: entityId,
  changes: [{ table: 'findings', key: entityId, before: null, after: { ...finding, decision } }], prevHash: '', hash: '',
})

describe('a finding’s decision history', () => {
  it('starts with the rule run and lists each decision from the audit log with who, when and why', () => {
    const entries = [
      entry(2, 'finding.reopen', null),
      entry(1, 'finding.dismiss', { status: 'dismissed', by: '孙八', at: '', reason: '平台已补报' }),
      entry(3, 'finding.confirm', { status: 'confirmed', by: '', at: '', reason: '' }),
      entry(4, 'finding.confirm', null, 'other'),
    ]
    expect(decisionHistory(finding, entries)).toEqual([
      { kind: 'found', actor: '', at: finding.createdAt, reason: '' },
      { kind: 'dismiss', actor: '孙八', at: '2026-10-02T08:00:00.000Z', reason: '平台已补报' },
      { kind: 'reopen', actor: '孙八', at: '2026-10-03T08:00:00.000Z', reason: '' },
      { kind: 'confirm', actor: '', at: '2026-10-04T08:00:00.000Z', reason: '' },
    ])
  })

  it('shows the current decision when the log holds none', () => {
    const decided = { ...finding, status: 'confirmed' as const, decision: { status: 'confirmed' as const, by: '李四', at: '2026-10-05T00:00:00.000Z', reason: '属实' } }
    expect(decisionHistory(decided, []).at(-1)).toEqual({ kind: 'confirm', actor: '李四', at: '2026-10-05T00:00:00.000Z', reason: '属实' })
  })
})
