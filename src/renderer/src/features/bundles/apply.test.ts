// A bundle through the store: exported from one desk, imported into another (everything arrives, evidence
// byte for byte, in one audited write), imported again (nothing written), and merged where both desks
// edited the same record (the user's choice is written, the replaced copy stays in the audit log).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import type { OpenedBundle } from '@shared/bundles/format'
import { conflictKey, planMerge, planSignature } from '@shared/bundles/merge'
import { packBundle } from '@shared/bundles/pack'
import type { Choice } from '@shared/bundles/resolve'
import { sampleBundle, sampleInspection, sampleItem, SAMPLE_EVIDENCE, SAMPLE_IDS } from '@shared/bundles/sample'
import { unpackBundle } from '@shared/bundles/unpack'
import { DataLayer, UserError } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { applyBundle } from './apply'
import { collectBundle, readLocal } from './store'

const ACTOR = { name: '张敏', office: '示例市委网信办' }
let dbs: DeskDatabase[] = []

async function desk(): Promise<DataLayer> {
  const db = new DeskDatabase(`bundles-${Math.random()}`)
  await db.open()
  dbs.push(db)
  return new DataLayer(db, () => ACTOR)
}

beforeEach(() => {
  dbs = []
})
afterEach(async () => {
  for (const db of dbs) await db.delete()
})

/** Stores the sample inspection as a desk that planned and worked on it would hold it. */
async function seed(data: DataLayer, change?: (bundle: ReturnType<typeof sampleBundle>) => void): Promise<void> {
  const sample = sampleBundle()
  change?.(sample)
  await data.write({ action: 'test.seed', entity: 'test', entityId: '', summary: '' }, ['platforms', 'catalogues', 'inspections', 'inspectionItems', 'attachments'], async (tx) => {
    for (const p of sample.data.platforms) await tx.put('platforms', p)
    await tx.put('catalogues', noticeCatalogue())
    for (const a of sample.data.attachments) await tx.put('attachments', { ...a, data: new Blob([sample.files.get(a.sha256)! as Uint8Array<ArrayBuffer>]) })
    for (const item of sample.data.items) await tx.put('inspectionItems', item)
    for (const i of sample.data.inspections) await tx.put('inspections', i)
  })
}

async function exportFrom(data: DataLayer): Promise<OpenedBundle> {
  const { data: records, files } = await collectBundle(data.db, [SAMPLE_IDS.inspection])
  const packed = await packBundle({ data: records, files, exportedBy: ACTOR, exportedAt: '2026-11-03T10:00:00.000Z', appVersion: '0.1.0' })
  const opened = await unpackBundle(packed.bytes)
  if (!opened.ok) throw new Error(opened.problem.key)
  return opened.bundle
}

async function importInto(data: DataLayer, bundle: OpenedBundle, choices: [string, Choice][] = []) {
  const signature = planSignature(planMerge(bundle.data, await readLocal(data.db, bundle.data)))
  return applyBundle(data, bundle, { fileName: 'field.zmtbundle', signature, choices: new Map(choices) })
}

describe('importing a bundle', () => {
  it('brings every record and every byte of evidence into an empty store, in one audited write', async () => {
    const field = await desk()
    await seed(field)
    const bundle = await exportFrom(field)
    const office = await desk()
    const entries = await office.db.auditLog.count()

    const summary = await importInto(office, bundle)
    // a bare store: even the catalogue version comes from the bundle
    expect(summary).toMatchObject({ added: 6, unchanged: 0, updated: 0, conflicts: 0 })
    expect(await office.db.inspections.get(SAMPLE_IDS.inspection)).toEqual(bundle.data.inspections[0])
    expect(await office.db.inspectionItems.count()).toBe(2)
    const evidence = await office.db.attachments.get(SAMPLE_IDS.attachment)
    expect(new Uint8Array(await evidence!.data.arrayBuffer())).toEqual(SAMPLE_EVIDENCE)
    const log = await office.db.auditLog.orderBy('seq').toArray()
    expect(log.length).toBe(entries + 1)
    expect(log.at(-1)).toMatchObject({ action: 'bundle.import', entity: 'bundle', actor: ACTOR })

    // the same bundle again adds nothing and writes no audit entry
    expect(await importInto(office, bundle)).toMatchObject({ added: 0, updated: 0, unchanged: 6 })
    expect(await office.db.auditLog.count()).toBe(entries + 1)
  })

  it('writes the copy the user chose where both desks edited a record, and keeps the other in the audit log', async () => {
    const field = await desk()
    const office = await desk()
    await seed(office, (s) => {
      s.data.items[1] = sampleItem(2, { notes: '办公室：待复核' }, s.data.items[1])
    })
    await seed(field, (s) => {
      s.data.items[1] = sampleItem(2, { result: 'partial', notes: '现场：已部分整改' }, s.data.items[1])
    })
    const bundle = await exportFrom(field)
    const summary = await importInto(office, bundle, [[conflictKey('items', SAMPLE_IDS.item2), 'incoming']])
    expect(summary).toMatchObject({ conflicts: 1, tookIncoming: 1 })
    expect(await office.db.inspectionItems.get(SAMPLE_IDS.item2)).toMatchObject({ notes: '现场：已部分整改', result: 'partial' })
    const entry = (await office.db.auditLog.orderBy('seq').toArray()).at(-1)!
    const change = entry.changes.find((c) => 'key' in c && c.key === SAMPLE_IDS.item2)
    expect(change).toMatchObject({ before: { notes: '办公室：待复核' }, after: { notes: '现场：已部分整改' } })
    // and the same bundle again is no longer a conflict
    expect(await importInto(office, bundle)).toMatchObject({ conflicts: 0, updated: 0 })
  })

  it('leaves a closed local inspection as it is', async () => {
    const field = await desk()
    const office = await desk()
    await seed(field, (s) => {
      s.data.items[0] = sampleItem(1, { notes: '现场补记' }, s.data.items[0])
    })
    await seed(office)
    await office.write({ action: 'test.close', entity: 'test', entityId: '', summary: '' }, ['inspections'], async (tx) => {
      const open = (await tx.get('inspections', SAMPLE_IDS.inspection))!
      await tx.put('inspections', sampleInspection({ status: 'closed', closedAt: '2026-11-05T00:00:00.000Z' }, open))
    })
    const summary = await importInto(office, await exportFrom(field))
    // the inspection is simply older there; the item edited there would change a closed record
    expect(summary).toMatchObject({ added: 0, updated: 0, keptLocal: 1, conflicts: 1, tookIncoming: 0 })
    expect((await office.db.inspectionItems.get(SAMPLE_IDS.item1))?.notes).toBe('抽查 20 个账号，注册信息完整')
  })

  it('leaves the findings of an inspection that arrives closed, once, keeping what users decided', async () => {
    const field = await desk()
    await seed(field, (s) => {
      s.data.inspections[0] = sampleInspection({ status: 'closed', closedAt: '2026-11-04T09:00:00.000Z' }, s.data.inspections[0])
    })
    const office = await desk()
    expect(await importInto(office, await exportFrom(field))).toMatchObject({ added: 6, findings: 1 })
    const finding = (await office.db.findings.toArray())[0]!
    // item 2 was non-compliant: a high finding, its evidence the item and the screenshot
    expect(finding).toMatchObject({ source: 'inspection', inspectionId: SAMPLE_IDS.inspection, severity: 'high', status: 'open', evidence: [SAMPLE_IDS.item2, SAMPLE_IDS.attachment] })
    expect(finding.explanation).toContain('3 个禁言账号仍可获得收益')

    await office.write({ action: 'test.confirm', entity: 'test', entityId: '', summary: '' }, ['findings'], (tx) =>
      tx.put('findings', { ...finding, status: 'confirmed', decision: { status: 'confirmed', by: '张敏', at: '2026-11-05T00:00:00.000Z', reason: '' } }),
    )
    const third = await desk()
    await seed(third)
    // a desk that had it open takes the closed copy and its finding; the office, deciding already, keeps its decision
    expect(await importInto(third, await exportFrom(field))).toMatchObject({ updated: 1, findings: 1 })
    expect(await importInto(office, await exportFrom(field))).toMatchObject({ findings: 0 })
    expect((await office.db.findings.get(finding.id))?.status).toBe('confirmed')
  })

  it('writes nothing when the store changed after the user saw the plan', async () => {
    const field = await desk()
    await seed(field)
    const bundle = await exportFrom(field)
    const office = await desk()
    const stale = planSignature(planMerge(bundle.data, await readLocal(office.db, bundle.data)))
    await seed(office)
    const entries = await office.db.auditLog.count()
    await expect(applyBundle(office, bundle, { fileName: 'x', signature: stale, choices: new Map() })).rejects.toBeInstanceOf(UserError)
    expect(await office.db.auditLog.count()).toBe(entries)
  })
})
