// Merge planning and resolution, case by case: new, same, an edit of either side, edits on both sides,
// a closed local inspection, evidence by hash, platforms and catalogue versions.
import { describe, expect, it } from 'vitest'
import type { Catalogue } from '../catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem } from '../domain/findings'
import type { Platform } from '../domain/platform'
import { compareRevisions } from '../sync/revision'
import type { BundleData } from './format'
import { conflictKey, planMerge, planSignature, type LocalRecords, type MergePlan } from './merge'
import { openConflicts, planCounts, resolvePlan, type Choice } from './resolve'
import { sampleAttachment, sampleBundle, sampleInspection, sampleItem, SAMPLE_IDS } from './sample'

function localOf(data: Partial<BundleData>): LocalRecords {
  const byId = <T extends { id: string }>(records: readonly T[] = []) => new Map(records.map((r) => [r.id, r]))
  return {
    inspections: byId<Inspection>(data.inspections),
    items: byId<InspectionItem>(data.items),
    attachments: byId<AttachmentMeta>(data.attachments),
    platforms: byId<Platform>(data.platforms),
    catalogues: byId<Catalogue>(data.catalogues),
  }
}

const actions = (plan: MergePlan) => ({
  inspections: plan.inspections.map((e) => e.action),
  items: plan.items.map((e) => `${e.id}:${e.action}${e.reason ? `(${e.reason})` : ''}`),
  attachments: plan.attachments.map((e) => e.action),
  platforms: plan.platforms.map((e) => e.action),
  catalogues: plan.catalogues.map((e) => e.action),
})

describe('planning a merge', () => {
  it('adds everything to a store that has none of it', () => {
    const { data } = sampleBundle()
    const plan = planMerge(data, localOf({}))
    expect(actions(plan)).toEqual({
      inspections: ['add'],
      items: ['item-1:add', 'item-2:add'],
      attachments: ['add'],
      platforms: ['add'],
      catalogues: ['add'],
    })
    const { writes, summary } = resolvePlan(plan, new Map())
    expect(summary).toMatchObject({ added: 6, updated: 0, unchanged: 0, keptLocal: 0, conflicts: 0 })
    expect(writes.inspections).toEqual(data.inspections)
    expect(writes.attachments).toEqual(data.attachments)
  })

  it('skips what the store already has, and writes nothing for it', () => {
    const { data } = sampleBundle()
    const plan = planMerge(data, localOf(data))
    const { writes, summary } = resolvePlan(plan, new Map())
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 6, keptLocal: 0, conflicts: 0 })
    expect(Object.values(writes).flat()).toEqual([])
  })

  it('updates a record the bundle holds an edit of, and keeps a local record that is the newer edit', () => {
    const { data } = sampleBundle()
    const [item1, item2] = data.items as [InspectionItem, InspectionItem]
    const editedInField = sampleItem(1, { notes: '现场补充：另抽查 10 个账号' }, item1)
    const editedAtOffice = sampleItem(2, { notes: '办公室复核：确认 3 个账号' }, item2)
    const plan = planMerge({ ...data, items: [editedInField, item2] }, localOf({ ...data, items: [item1, editedAtOffice] }))
    expect(actions(plan).items).toEqual(['item-1:update', 'item-2:keepLocal(localNewer)'])
    const { writes, summary } = resolvePlan(plan, new Map())
    expect(writes.items).toEqual([editedInField])
    expect(summary.byKind.items).toMatchObject({ updated: 1, keptLocal: 1 })
  })

  it('shows an edit made on both sides as a conflict, and writes the copy the user chose with both histories', () => {
    const { data } = sampleBundle()
    const item2 = data.items[1]!
    const field = sampleItem(2, { result: 'partial', notes: '现场：部分整改' }, item2)
    const office = sampleItem(2, { notes: '办公室：待复核' }, item2)
    const inspection = data.inspections[0]!
    const fieldInspection = sampleInspection({ title: '青禾资讯现场检查（第二天）' }, inspection)
    const officeInspection = sampleInspection({ team: ['张敏'] }, inspection)
    const incoming = { ...data, inspections: [fieldInspection], items: [data.items[0]!, field] }
    const local = localOf({ ...data, inspections: [officeInspection], items: [data.items[0]!, office] })
    const plan = planMerge(incoming, local)
    expect(actions(plan).items).toEqual(['item-1:unchanged', 'item-2:conflict'])
    expect(actions(plan).inspections).toEqual(['conflict'])
    expect(openConflicts(plan)).toEqual([conflictKey('inspections', SAMPLE_IDS.inspection), conflictKey('items', SAMPLE_IDS.item2)])

    expect(planCounts(plan).items).toMatchObject({ unchanged: 1, conflicts: 1 })
    expect(() => resolvePlan(plan, new Map())).toThrow(/no choice/)
    const choices = new Map<string, Choice>([
      [conflictKey('inspections', SAMPLE_IDS.inspection), 'local'],
      [conflictKey('items', SAMPLE_IDS.item2), 'incoming'],
    ])
    const { writes, summary } = resolvePlan(plan, choices)
    expect(summary).toMatchObject({ conflicts: 2, tookIncoming: 1 })
    const [writtenItem] = writes.items
    const [writtenInspection] = writes.inspections
    // the content is the chosen copy's; its history now holds the other copy, so neither side's next
    // bundle brings the same conflict back
    expect(writtenItem).toMatchObject({ rev: field.rev, notes: '现场：部分整改', result: 'partial' })
    expect(compareRevisions(writtenItem!, office)).toBe('localNewer')
    expect(compareRevisions(writtenItem!, field)).toBe('same')
    expect(writtenInspection).toMatchObject({ rev: officeInspection.rev, team: ['张敏'] })
    expect(compareRevisions(writtenInspection!, fieldInspection)).toBe('localNewer')
  })

  it('lets nothing into a closed local inspection: changes show as conflicts resolved to local', () => {
    const { data } = sampleBundle()
    const inspection = data.inspections[0]!
    const closed = sampleInspection({ status: 'closed', closedAt: '2026-11-05T00:00:00.000Z' }, inspection)
    const fieldEdit = sampleInspection({ title: '青禾资讯现场检查（补充）' }, inspection)
    const item2 = sampleItem(2, { notes: '现场补充说明' }, data.items[1])
    const newEvidence = sampleAttachment(new TextEncoder().encode('另一张截图'), 'att-2')
    const incoming = { ...data, inspections: [fieldEdit], items: [data.items[0]!, item2], attachments: [...data.attachments, newEvidence] }
    // the office closed it meanwhile, without item 1
    const plan = planMerge(incoming, localOf({ ...data, inspections: [closed], items: [data.items[1]!] }))
    expect(actions(plan)).toMatchObject({
      inspections: ['conflict'],
      items: ['item-1:conflict(closedLocal)', 'item-2:conflict(closedLocal)'],
      attachments: ['unchanged', 'keepLocal'],
    })
    expect(plan.inspections[0]!.reason).toBe('closedLocal')
    expect(openConflicts(plan)).toEqual([])
    const { writes, summary } = resolvePlan(plan, new Map())
    expect(Object.values(writes).flat()).toEqual([])
    expect(summary).toMatchObject({ added: 0, updated: 0, conflicts: 3, tookIncoming: 0, keptLocal: 1 })

    // the same closed inspection arriving again is simply unchanged
    expect(actions(planMerge({ ...data, inspections: [closed] }, localOf({ ...data, inspections: [closed] }))).inspections).toEqual(['unchanged'])
  })

  it('takes evidence by its hash: the same bytes are the same, missing evidence is added', () => {
    const { data } = sampleBundle()
    const extra = sampleAttachment(new TextEncoder().encode('现场照片'), 'att-2')
    const plan = planMerge({ ...data, attachments: [...data.attachments, extra] }, localOf({ ...data, attachments: data.attachments }))
    expect(actions(plan).attachments).toEqual(['unchanged', 'add'])
    const other = { ...data.attachments[0]!, sha256: 'f'.repeat(64) }
    expect(planMerge(data, localOf({ attachments: [other] })).attachments[0]).toMatchObject({ action: 'keepLocal', reason: 'differs' })
  })

  it('adds platforms and catalogue versions the office lacks, and keeps its own where they differ', () => {
    const { data } = sampleBundle()
    const platform = data.platforms[0]!
    const catalogue = data.catalogues[0]!
    const renamedHere = { ...platform, name: '青禾资讯（新版）', updatedAt: '2026-11-04T00:00:00.000Z' }
    const loadedLater = { ...catalogue, createdAt: '2026-01-01T00:00:00.000Z' }
    const plan = planMerge(data, localOf({ platforms: [renamedHere], catalogues: [loadedLater] }))
    expect(plan.platforms[0]).toMatchObject({ action: 'keepLocal', reason: 'differs' })
    // when a desk loaded the same version does not make it another version
    expect(plan.catalogues[0]!.action).toBe('unchanged')
    expect(resolvePlan(plan, new Map()).writes.platforms).toEqual([])
    expect(planMerge(data, localOf({ platforms: [{ ...platform, updatedAt: 'later' }] })).platforms[0]!.action).toBe('unchanged')
  })

  it('signs a plan by the local copies it saw, so a change in the store meanwhile is noticed', () => {
    const { data } = sampleBundle()
    const before = planSignature(planMerge(data, localOf({})))
    expect(planSignature(planMerge(data, localOf({})))).toBe(before)
    expect(planSignature(planMerge(data, localOf({ platforms: data.platforms })))).not.toBe(before)
  })
})
