import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import type { Platform } from '@shared/domain/platform'
import { SAMPLE_PLATFORM, sampleFinding } from '@shared/rectifications/testing'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { issueRectification, recordStep, RectificationRefused, type IssueInput } from './service'

const actor = { name: '张三', office: '南京市互联网信息办公室' }
const platform: Platform = {
  ...SAMPLE_PLATFORM, creditCode: '', types: ['news'], jurisdiction: '南京市', contacts: [], note: '', archived: false, createdAt: '', updatedAt: '',
}

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`rect-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
  await data.write({ action: 'seed', entity: 'seed', entityId: '', summary: '' }, ['platforms', 'findings'], async (tx) => {
    await tx.put('platforms', platform)
    await tx.put('findings', sampleFinding('f1', 'N9.1'))
    await tx.put('findings', sampleFinding('f2', 'N12.2', { status: 'confirmed' }))
    await tx.put('findings', sampleFinding('f3', 'N8.1'))
    await tx.put('findings', sampleFinding('f4', 'N8.1', { status: 'dismissed' }))
  })
})
afterEach(async () => {
  await db.delete()
})

const input: IssueInput = {
  platformId: platform.id, findingIds: ['f1', 'f2'], numberPrefix: '宁网信整', sequence: 12, issuingOffice: '南京市互联网信息办公室',
  issuedOn: '2026-10-30', addressee: platform.operator, deadline: '2026-11-20',
}
const at = (day: string) => ({ by: '张三', today: day, now: new Date(`${day}T02:00:00.000Z`) })
const statuses = async () => (await db.findings.bulkGet(['f1', 'f2', 'f3'])).map((f) => f?.status)

async function refusal(attempt: Promise<unknown>): Promise<RectificationRefused> {
  const error: unknown = await attempt.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(RectificationRefused)
  return error as RectificationRefused
}

describe('rectification in the store', () => {
  it('follows an order from issue to closing, the findings with it, every step audited', async () => {
    const issued = await issueRectification(data, input, { ...at('2026-10-30'), id: 'r1' })
    expect(issued).toMatchObject({ id: 'r1', documentNumber: '宁网信整〔2026〕12号', status: 'ordered', findingIds: ['f1', 'f2'] })
    expect(await statuses()).toEqual(['rectifying', 'rectifying', 'open'])

    const file = { id: 'att1', name: '整改报告.pdf', type: 'application/pdf', size: 3, sha256: 'abc', capturedAt: '2026-11-18T00:00:00.000Z', sourceUrl: null, data: new Blob(['pdf']) }
    await recordStep(data, 'r1', { type: 'report', id: 'rep1', receivedOn: '2026-11-18', summary: '已整改', attachmentIds: [] }, { ...at('2026-11-18'), files: [file] })
    expect((await db.rectifications.get('r1'))?.status).toBe('reported')
    expect(await db.attachments.get('att1')).toMatchObject({ ownerId: 'rep1', name: '整改报告.pdf' })

    await recordStep(data, 'r1', { type: 'recheck', on: '2026-11-25', by: '李四', result: 'failed', notes: '仍有账号未暂停营利权限' }, at('2026-11-25'))
    expect((await db.rectifications.get('r1'))?.status).toBe('recheckFailed')
    expect(await statuses()).toEqual(['rectifying', 'rectifying', 'open'])

    await recordStep(data, 'r1', { type: 'escalate', measure: 'interview', on: '2026-11-26', notes: '约谈平台负责人' }, at('2026-11-26'))
    expect((await db.rectifications.get('r1'))?.status).toBe('escalated')
    expect(await statuses()).toEqual(['rectifying', 'rectifying', 'open'])

    await recordStep(data, 'r1', { type: 'recheck', on: '2026-12-03', by: '李四', result: 'passed', notes: '' }, at('2026-12-03'))
    expect((await db.rectifications.get('r1'))?.status).toBe('recheckPassed')
    expect(await statuses()).toEqual(['rectifying', 'rectifying', 'open'])

    await recordStep(data, 'r1', { type: 'close', on: '2026-12-04', notes: '整改到位' }, at('2026-12-04'))
    const closed = await db.rectifications.get('r1')
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-12-04' })
    expect(closed?.steps.map((s) => s.kind)).toEqual(['issued', 'report', 'recheck', 'escalation', 'recheck', 'closed'])
    expect(closed?.steps[1]).toMatchObject({ kind: 'report', attachmentIds: ['att1'] })
    expect(await statuses()).toEqual(['closed', 'closed', 'open'])

    const log = await db.auditLog.orderBy('seq').toArray()
    expect(log.filter((e) => e.entity === 'rectification').map((e) => [e.action, e.summary])).toEqual([
      ['rectification.issue', '宁网信整〔2026〕12号'],
      ['rectification.report', '宁网信整〔2026〕12号'],
      ['rectification.recheck', '宁网信整〔2026〕12号'],
      ['rectification.escalate', '宁网信整〔2026〕12号'],
      ['rectification.recheck', '宁网信整〔2026〕12号'],
      ['rectification.close', '宁网信整〔2026〕12号'],
    ])
    expect(verifyChain(log)).toMatchObject({ ok: true })
  })

  it('refuses a taken number, a finding already ordered or dismissed, and stores nothing', async () => {
    await issueRectification(data, input, { ...at('2026-10-30'), id: 'r1' })
    const entries = await db.auditLog.count()
    const taken = await refusal(issueRectification(data, { ...input, findingIds: ['f3'] }, { ...at('2026-10-30'), id: 'r2' }))
    expect(taken.problems).toEqual([{ key: 'rectifications.problem.numberTaken', path: 'sequence', params: { number: '宁网信整〔2026〕12号' } }])
    const again = await refusal(issueRectification(data, { ...input, sequence: 13, findingIds: ['f1', 'f3'] }, { ...at('2026-10-30'), id: 'r3' }))
    expect(again.problems.map((p) => p.key)).toEqual(['rectifications.problem.findingTaken'])
    await refusal(issueRectification(data, { ...input, sequence: 13, findingIds: ['f4'] }, { ...at('2026-10-30'), id: 'r4' }))
    await refusal(issueRectification(data, { ...input, sequence: 13, findingIds: ['nope'] }, { ...at('2026-10-30'), id: 'r5' }))
    expect(await db.rectifications.count()).toBe(1)
    expect((await db.findings.get('f3'))?.status).toBe('open')
    expect(await db.auditLog.count()).toBe(entries)
  })

  it('refuses a step out of turn or with bad input, and stores nothing', async () => {
    await issueRectification(data, input, { ...at('2026-10-30'), id: 'r1' })
    const before = await db.rectifications.get('r1')
    const early = await refusal(recordStep(data, 'r1', { type: 'close', on: '2026-11-01', notes: '' }, at('2026-11-01')))
    expect(early.problems[0].key).toBe('rectifications.problem.notAllowed')
    const future = await refusal(recordStep(data, 'r1', { type: 'report', id: 'x', receivedOn: '2026-11-05', summary: 's', attachmentIds: [] }, at('2026-11-01')))
    expect(future.problems[0]).toMatchObject({ key: 'rectifications.problem.future', path: 'receivedOn' })
    expect(await db.rectifications.get('r1')).toEqual(before)
  })
})
