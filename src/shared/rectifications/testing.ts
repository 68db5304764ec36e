// Test data for rectification orders: findings of one platform under different articles, and an order
// issued from them. Shared by the state machine, numbering, document and store tests.
import { noticeCatalogue } from '../catalogue/notice-2023'
import type { Finding, Rectification } from '../domain/findings'
import { buildOrder, type OrderDraft } from './order'

export const SAMPLE_PLATFORM = { id: 'p-qinghe', name: '青禾资讯', operator: '南京青禾网络科技有限公司' }

export function sampleFinding(id: string, requirementId: string, fields: Partial<Finding> = {}): Finding {
  return {
    id,
    source: 'rule',
    rule: 'N9.earnings-suspension',
    requirementId,
    platformId: SAMPLE_PLATFORM.id,
    accountId: `QH${id}`,
    holderKey: null,
    severity: 'high',
    message: null,
    explanation: `账号QH${id}于2026年7月3日被禁言30天，但未同步暂停营利权限（应暂停60至90天）。`,
    evidence: [],
    status: 'open',
    decision: null,
    stale: false,
    inspectionId: null,
    period: '2026-07',
    createdAt: '2026-10-12T00:00:00.000Z',
    updatedAt: '2026-10-12T00:00:00.000Z',
    ...fields,
  }
}

export function sampleDraft(findings: Finding[], fields: Partial<OrderDraft> = {}): OrderDraft {
  return {
    platform: SAMPLE_PLATFORM,
    findings,
    catalogue: noticeCatalogue(),
    numberPrefix: '宁网信整',
    sequence: 12,
    issuingOffice: '南京市互联网信息办公室',
    issuedOn: '2026-10-30',
    addressee: SAMPLE_PLATFORM.operator,
    deadline: '2026-11-20',
    ...fields,
  }
}

/** An order of three findings under articles 9, 12 and 8, issued 2026-10-30, due 2026-11-20. */
export function sampleOrder(findings: Finding[] = [sampleFinding('1001', 'N9.1'), sampleFinding('1002', 'N12.2'), sampleFinding('1003', 'N8.1')]): Rectification {
  return buildOrder(sampleDraft(findings), { id: 'r-1', recordedBy: '张三', at: '2026-10-30T02:00:00.000Z' })
}
