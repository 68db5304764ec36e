import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Inspection, InspectionItem } from '@shared/domain/findings'
import { revise } from '@shared/sync/revision'
import { DataLayer, UserError } from './data-layer'
import { DeskDatabase } from './database'

let db: DeskDatabase
let data: DataLayer
beforeEach(async () => {
  db = new DeskDatabase(`guards-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '周九', office: '网信办' }))
})
afterEach(async () => {
  await db.delete()
})

const inspection = (status: Inspection['status']) =>
  revise<Inspection>({
    id: 'i1', platformId: 'p1', catalogueId: 'c@1', kind: 'field', title: '现场检查', plannedStart: '2026-11-01', plannedEnd: '2026-11-03',
    team: ['周九'], status, signOff: [], closedAt: status === 'closed' ? '2026-11-04T00:00:00.000Z' : null, createdAt: '', updatedAt: '', updatedBy: '',
  })
const item = (notes: string) =>
  revise<InspectionItem>({ id: 'it1', inspectionId: 'i1', requirementId: 'N9.1', articleId: 'N9', text: '', order: 1, result: 'partial', notes, attachmentIds: ['a1'], updatedAt: '', updatedBy: '' })
const write = (fn: Parameters<DataLayer['write']>[2]) => data.write({ action: 'inspection.update', entity: 'inspection', entityId: 'i1', summary: '' }, ['inspections', 'inspectionItems', 'attachments'], fn)

describe('a closed inspection', () => {
  it('cannot be changed through the data layer: not its record, its items or their evidence', async () => {
    await write(async (tx) => {
      await tx.put('inspections', inspection('inReview'))
      await tx.put('inspectionItems', item('初稿'))
      await tx.put('attachments', { id: 'a1', ownerId: 'it1', name: '截图.png', type: 'image/png', size: 3, sha256: 'x', capturedAt: '', sourceUrl: null, data: new Blob(['abc']) })
    })
    await write((tx) => tx.put('inspections', inspection('closed')))
    const entries = await db.auditLog.count()

    for (const attempt of [
      (tx: Parameters<Parameters<DataLayer['write']>[2]>[0]) => tx.put('inspections', inspection('inProgress')),
      (tx: Parameters<Parameters<DataLayer['write']>[2]>[0]) => tx.put('inspectionItems', item('改过')),
      (tx: Parameters<Parameters<DataLayer['write']>[2]>[0]) => tx.delete('attachments', 'a1'),
      (tx: Parameters<Parameters<DataLayer['write']>[2]>[0]) => tx.delete('inspections', 'i1'),
    ]) {
      await expect(write(attempt)).rejects.toBeInstanceOf(UserError)
    }
    expect((await db.inspections.get('i1'))?.status).toBe('closed')
    expect((await db.inspectionItems.get('it1'))?.notes).toBe('初稿')
    expect(await db.attachments.get('a1')).toBeDefined()
    expect(await db.auditLog.count()).toBe(entries)
  })

  it('even when the writer locks only the item table: the guard brings in what it reads', async () => {
    await write(async (tx) => {
      await tx.put('inspections', inspection('closed'))
    })
    const attempt = data.write({ action: 'inspection.update', entity: 'item', entityId: 'it1', summary: '' }, ['inspectionItems'], (tx) => tx.put('inspectionItems', item('偷改')))
    await expect(attempt).rejects.toMatchObject({ userMessage: { key: 'inspections.closedImmutable' } })
  })
})
