// The inspection services over a real store (fake-indexeddb): plan, fill, attach, submit, send back,
// accept, find the findings — and a closed inspection refuses every change, through the services and the
// data layer alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import type { Platform } from '@shared/domain/platform'
import { contentRev } from '@shared/sync/revision'
import { sha256Hex } from '@shared/util/hash'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer, UserError } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import {
  accept,
  addAttachment,
  addCustomItem,
  createInspection,
  deleteInspection,
  InspectionRejected,
  removeAttachment,
  removeCustomItem,
  sendBack,
  setAttachmentSource,
  setItemNotes,
  setItemResult,
  submit,
  updatePlan,
} from './service'

const inspector = { by: '周检查', now: () => new Date('2026-09-02T02:00:00.000Z') }
const reviewer = { by: '吴审核', now: () => new Date('2026-09-05T06:00:00.000Z') }
const platform: Platform = {
  id: 'p1', name: '栖木视频', operator: '栖木信息技术有限公司', creditCode: '91320000MA1X000000', types: ['shortVideo', 'live'], jurisdiction: '南京市',
  contacts: [], note: '', archived: false, createdAt: '', updatedAt: '',
}
const plan = { platformId: 'p1', kind: 'field', title: '栖木视频现场检查', plannedStart: '2026-09-01', plannedEnd: '2026-09-03', team: ['周检查', '郑检查'], catalogueId: 'cac-2023-personal-media@1' }

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`inspections-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '周检查', office: '某市网信办' }))
  await ensureBuiltIns(data)
  await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '' }, ['platforms'], (tx) => tx.put('platforms', platform))
})
afterEach(async () => {
  await db.delete()
})

const itemsOf = async (id: string) => (await db.inspectionItems.where('inspectionId').equals(id).toArray()).sort((a, b) => a.order - b.order)
const refusal = async (attempt: Promise<unknown>) => {
  const error: unknown = await attempt.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).userMessage
}

describe('planning', () => {
  it('creates a planned inspection with its checklist drawn for the platform’s types, audited', async () => {
    const inspection = await createInspection(data, inspector, plan)
    expect(inspection).toMatchObject({ status: 'planned', signOff: [], closedAt: null, title: '栖木视频现场检查', team: ['周检查', '郑检查'], updatedBy: '周检查' })
    expect(inspection.rev).toBe(contentRev(inspection))
    const items = await itemsOf(inspection.id)
    expect(items.length).toBeGreaterThan(20)
    expect(items.every((i) => i.result === 'notAssessed' && i.id === `${inspection.id}/${i.requirementId}`)).toBe(true)
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'inspection.create', entity: 'inspection', entityId: inspection.id, summary: '栖木视频现场检查' })
  })

  it('refuses a bad plan, an unknown platform or catalogue, and writes nothing', async () => {
    const bad = (await refusal(createInspection(data, inspector, { ...plan, title: '', team: [] }))) as unknown
    expect(bad).toMatchObject({ key: 'inspections.validation.titleRequired' })
    await expect(createInspection(data, inspector, { ...plan, platformId: 'nope' })).rejects.toBeInstanceOf(InspectionRejected)
    await expect(createInspection(data, inspector, { ...plan, catalogueId: 'x@9' })).rejects.toMatchObject({ problems: [{ path: 'catalogueId' }] })
    expect(await db.inspections.count()).toBe(0)
  })

  it('edits the plan, adds and removes the office’s own items, deletes only while planned', async () => {
    const inspection = await createInspection(data, inspector, plan)
    const edited = await updatePlan(data, inspector, inspection.id, { ...plan, title: '栖木视频专项检查', kind: 'campaign', platformId: 'other' })
    expect(edited).toMatchObject({ title: '栖木视频专项检查', kind: 'campaign', platformId: 'p1', prevRevs: [inspection.rev] })
    const own = await addCustomItem(data, inspector, inspection.id, { text: '核查直播打赏限额提示', articleId: 'N9' })
    expect(own.requirementId).toMatch(/^custom:/)
    expect(own.order).toBe((await itemsOf(inspection.id)).length)
    await expect(addCustomItem(data, inspector, inspection.id, { text: '', articleId: 'N9' })).rejects.toBeInstanceOf(InspectionRejected)
    const [first] = await itemsOf(inspection.id)
    expect(await refusal(removeCustomItem(data, inspector, first!.id))).toEqual({ key: 'inspections.validation.onlyCustomRemovable' })
    await removeCustomItem(data, inspector, own.id)
    expect(await db.inspectionItems.get(own.id)).toBeUndefined()
    // still planned: adding items is planning, not inspecting
    expect((await db.inspections.get(inspection.id))?.status).toBe('planned')
    await deleteInspection(data, inspector, inspection.id)
    expect(await db.inspections.count()).toBe(0)
    expect(await db.inspectionItems.count()).toBe(0)
  })
})

describe('inspecting and signing off', () => {
  it('fills, attaches, submits, is sent back, submits again, is accepted — and leaves findings', async () => {
    const inspection = await createInspection(data, inspector, plan)
    const items = await itemsOf(inspection.id)
    const [a, b, c] = items

    // the first result starts the inspection, revising both records
    const first = await setItemResult(data, inspector, a!.id, 'nonCompliant')
    expect(first).toMatchObject({ result: 'nonCompliant', prevRevs: [a!.rev] })
    const begun = await db.inspections.get(inspection.id)
    expect(begun).toMatchObject({ status: 'inProgress', prevRevs: [inspection.rev] })
    await expect(deleteInspection(data, inspector, inspection.id)).rejects.toMatchObject({ userMessage: { key: 'inspections.validation.onlyPlannedDeletable' } })

    await setItemNotes(data, inspector, a!.id, '抽查20个账号，3个未人工审核  ')
    const bytes = new TextEncoder().encode('截图数据')
    const shot = await addAttachment(data, inspector, a!.id, { data: new Blob([bytes], { type: 'image/png' }), name: '审核后台.png', sourceUrl: 'https://admin.example/review' })
    expect(shot).toMatchObject({ ownerId: a!.id, type: 'image/png', size: bytes.byteLength, sha256: sha256Hex(bytes), sourceUrl: 'https://admin.example/review', capturedAt: '2026-09-02T02:00:00.000Z' })
    const stored = await db.attachments.get(shot.id)
    expect(new Uint8Array(await stored!.data.arrayBuffer())).toEqual(bytes)
    const extra = await addAttachment(data, inspector, a!.id, { data: new Blob(['x']), name: '多余.txt' })
    await removeAttachment(data, inspector, extra.id)
    await setAttachmentSource(data, inspector, shot.id, '')
    expect((await db.attachments.get(shot.id))?.sourceUrl).toBeNull()
    expect(await refusal(setAttachmentSource(data, inspector, shot.id, 'javascript:alert(1)'))).toEqual({ key: 'inspections.validation.sourceUrlInvalid' })
    expect((await db.inspectionItems.get(a!.id))).toMatchObject({ notes: '抽查20个账号，3个未人工审核', attachmentIds: [shot.id] })
    expect(await db.attachments.count()).toBe(1)

    // incomplete: submitting says what is missing
    const missing = await refusal(submit(data, inspector, inspection.id))
    expect(missing).toMatchObject({ key: 'inspections.validation.incomplete', params: { count: items.length - 1 } })

    await setItemResult(data, inspector, b!.id, 'partial')
    await setItemResult(data, inspector, c!.id, 'notApplicable')
    for (const item of items.slice(3)) await setItemResult(data, inspector, item.id, 'compliant')
    const inReview = await submit(data, inspector, inspection.id)
    expect(inReview).toMatchObject({ status: 'inReview', signOff: [{ action: 'submitted', by: '周检查' }] })

    // in review the checklist is locked
    expect(await refusal(setItemResult(data, inspector, c!.id, 'compliant'))).toEqual({ key: 'inspections.validation.notEditable', params: { status: 'inReview' } })
    expect(await refusal(sendBack(data, reviewer, inspection.id, ' '))).toEqual({ key: 'inspections.validation.commentsRequired' })

    const back = await sendBack(data, reviewer, inspection.id, '请补充N1.1截图')
    expect(back).toMatchObject({ status: 'inProgress', signOff: [{ action: 'submitted' }, { action: 'returned', by: '吴审核', comments: '请补充N1.1截图' }] })
    await setItemNotes(data, inspector, b!.id, '部分账号未展示')
    await submit(data, inspector, inspection.id)

    const { inspection: closed, findings } = await accept(data, reviewer, inspection.id, '同意')
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-09-05T06:00:00.000Z' })
    expect(closed.signOff.map((s) => s.action)).toEqual(['submitted', 'returned', 'submitted', 'accepted'])
    expect(findings.map((f) => [f.id, f.severity])).toEqual([[`insp-${a!.id}`, 'high'], [`insp-${b!.id}`, 'medium']])

    const stored1 = await db.findings.get(`insp-${a!.id}`)
    expect(stored1).toMatchObject({
      source: 'inspection', rule: 'inspection', requirementId: a!.requirementId, inspectionId: inspection.id, platformId: 'p1', severity: 'high',
      message: null, evidence: [a!.id, shot.id], period: '2026-09', status: 'open',
    })
    expect(stored1!.explanation).toContain('不符合')
    expect(stored1!.explanation).toContain('抽查20个账号，3个未人工审核')
    expect(await db.findings.where('inspectionId').equals(inspection.id).count()).toBe(2)

    // one audit entry holds the acceptance and its findings
    const log = await db.auditLog.toArray()
    const acceptance = log.filter((e) => e.action === 'inspection.accept')
    expect(acceptance).toHaveLength(1)
    expect(acceptance[0]!.changes.map((ch) => ch.table).sort()).toEqual(['findings', 'findings', 'inspections'])
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['inspection.result', 'inspection.notes', 'inspection.attach', 'inspection.detach', 'inspection.submit', 'inspection.return']))
    expect(verifyChain(log).ok).toBe(true)
  })

  it('a closed inspection refuses every change through the services, and the store is unchanged', async () => {
    const inspection = await createInspection(data, inspector, plan)
    const items = await itemsOf(inspection.id)
    for (const item of items) await setItemResult(data, inspector, item.id, 'compliant')
    const shot = await addAttachment(data, inspector, items[0]!.id, { data: new Blob(['证据']), name: 'a.txt', type: 'text/plain' })
    await submit(data, inspector, inspection.id)
    await accept(data, reviewer, inspection.id)
    const entries = await db.auditLog.count()
    const before = { inspection: await db.inspections.get(inspection.id), items: await itemsOf(inspection.id), attachments: await db.attachments.toArray() }

    const attempts: (() => Promise<unknown>)[] = [
      () => setItemResult(data, inspector, items[0]!.id, 'nonCompliant'),
      () => setItemNotes(data, inspector, items[0]!.id, '改'),
      () => addAttachment(data, inspector, items[0]!.id, { data: new Blob(['y']), name: 'b.txt' }),
      () => removeAttachment(data, inspector, shot.id),
      () => setAttachmentSource(data, inspector, shot.id, 'https://a.example'),
      () => addCustomItem(data, inspector, inspection.id, { text: '补充', articleId: 'custom' }),
      () => updatePlan(data, inspector, inspection.id, { ...plan, title: '改名' }),
      () => submit(data, inspector, inspection.id),
      () => accept(data, reviewer, inspection.id),
      () => sendBack(data, reviewer, inspection.id, '重新检查'),
      () => deleteInspection(data, inspector, inspection.id),
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(UserError)

    // and straight through the data layer: the guard, not only the service
    await expect(
      data.write({ action: 'inspection.update', entity: 'inspection', entityId: inspection.id, summary: '' }, ['inspectionItems'], (tx) => tx.put('inspectionItems', { ...items[0]!, notes: '偷改' })),
    ).rejects.toMatchObject({ userMessage: { key: 'inspections.closedImmutable' } })

    expect(await db.inspections.get(inspection.id)).toEqual(before.inspection)
    expect(await itemsOf(inspection.id)).toEqual(before.items)
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual(before.attachments.map((a) => a.id))
    expect(await db.auditLog.count()).toBe(entries)
  })
})
