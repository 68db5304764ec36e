import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import { buildOrder, canOrder, draftProblems, legalBasis } from './order'
import { sampleDraft, sampleFinding, sampleOrder } from './testing'

const today = '2026-10-30'

describe('issuing an order', () => {
  it('quotes the articles the findings fall under, in the notice\'s order, each clause once', () => {
    const basis = legalBasis([sampleFinding('1', 'N12.2'), sampleFinding('2', 'N9.1'), sampleFinding('3', 'N9.1'), sampleFinding('4', 'custom:own-item')], noticeCatalogue())
    expect(basis.map((a) => [a.articleId, a.number, a.titleZh, a.clauses.map((c) => c.requirementId)])).toEqual([
      ['N9', 9, '限制违规行为获利', ['N9.1']],
      ['N12', 12, '严格违规行为处置', ['N12.2']],
    ])
    expect(basis[0]?.clauses[0]?.textZh).toBe('网站平台对违规“自媒体”采取禁言措施的，应当同步暂停其营利权限，时长为禁言期限的2至3倍。')
  })

  it('freezes the notice: number, office, addressee, findings as found, basis and deadline', () => {
    const order = sampleOrder()
    expect(order).toMatchObject({
      documentNumber: '宁网信整〔2026〕12号',
      numberPrefix: '宁网信整',
      year: 2026,
      sequence: 12,
      issuingOffice: '南京市互联网信息办公室',
      addressee: '南京青禾网络科技有限公司',
      platformName: '青禾资讯',
      deadline: '2026-11-20',
      articles: ['N8', 'N9', 'N12'],
      catalogueTitleZh: '关于加强“自媒体”管理的通知',
      status: 'ordered',
      closedOn: null,
    })
    // in the notice's order: article 8 before 9 before 12
    expect(order.findings.map((f) => f.findingId)).toEqual(['1003', '1001', '1002'])
    expect(order.findingIds).toEqual(['1003', '1001', '1002'])
    expect(order.findings[0]?.explanation).toContain('账号QH1003')
  })

  it('refuses a draft field by field', () => {
    const problems = (draft: Parameters<typeof draftProblems>[0], existing = [] as Parameters<typeof draftProblems>[1]) =>
      draftProblems(draft, existing, today).map((p) => `${p.path}:${p.key.split('.').pop() ?? ''}`)
    const f = sampleFinding('1', 'N9.1')
    expect(problems(sampleDraft([f]))).toEqual([])
    expect(problems(sampleDraft([]))).toEqual(['findings:noFindings'])
    expect(problems(sampleDraft([f, sampleFinding('2', 'N9.1', { platformId: 'other' })]))).toEqual(['findings:otherPlatform'])
    expect(problems(sampleDraft([sampleFinding('3', 'N9.1', { status: 'rectifying' })]))).toEqual(['findings:findingTaken'])
    expect(problems(sampleDraft([sampleFinding('4', 'N9.1', { stale: true })]))).toEqual(['findings:findingTaken'])
    expect(problems(sampleDraft([f], { numberPrefix: ' ', sequence: 0, issuingOffice: '', addressee: ' ' }))).toEqual([
      'numberPrefix:prefix',
      'sequence:sequence',
      'issuingOffice:officeRequired',
      'addressee:addresseeRequired',
    ])
    expect(problems(sampleDraft([f], { issuedOn: '2026-10-31' }))).toEqual(['issuedOn:future'])
    expect(problems(sampleDraft([f], { deadline: '2026-10-30' }))).toEqual(['deadline:deadlineBeforeIssue'])
    expect(problems(sampleDraft([f]), [{ numberPrefix: '宁网信整', year: 2026, sequence: 12 }])).toEqual(['sequence:numberTaken'])
    // the same sequence in another year is another number
    expect(problems(sampleDraft([f]), [{ numberPrefix: '宁网信整', year: 2025, sequence: 12 }])).toEqual([])
  })

  it('takes open and confirmed findings only', () => {
    expect(canOrder({ status: 'open', stale: false })).toBe(true)
    expect(canOrder({ status: 'confirmed', stale: false })).toBe(true)
    for (const status of ['dismissed', 'rectifying', 'closed'] as const) expect(canOrder({ status, stale: false })).toBe(false)
    expect(canOrder({ status: 'open', stale: true })).toBe(false)
  })

  it('builds a record whose revision is its content\'s', () => {
    const order = buildOrder(sampleDraft([sampleFinding('1', 'N9.1')]), { id: 'r', recordedBy: '张三', at: '2026-10-30T00:00:00.000Z' })
    expect(order.prevRevs).toEqual([])
    expect(order.rev).toMatch(/^[0-9a-f]{32}$/)
  })
})
