// Writing inspections 督导检查: plan, fill, sign off, delete. Each is one audited write (`inspection.*`); every
// save of an inspection or an item goes through `revise` so field bundles can merge; the checks that depend
// on what is stored (the status, the item, the platform) run inside the write's transaction. The data layer
// refuses any change to a closed inspection on its own; these services also refuse to fill a checklist that
// is in review, and say why in the user's words.
import type { Finding, Inspection, InspectionItem, ItemResult } from '@shared/domain/findings'
import type { Problem } from '@shared/i18n'
import { customItem, generateChecklist, validateCustomItem, type CustomItemInput } from '@shared/inspections/checklist'
import { INSPECTION_LIMITS, validatePlan } from '@shared/inspections/plan'
import { isEditable, signOff, started, type SignOffAction } from '@shared/inspections/signoff'
import { newId as randomId } from '@shared/util/hash'
import { revise } from '@shared/sync/revision'
import type { Attachment } from '@renderer/db/database'
import { UserError, type DataLayer, type WriteTx } from '@renderer/db/data-layer'
import { hashEvidence, isBadSourceUrl, type EvidenceInput } from './evidence'
import { acceptedFindings, zhTranslator } from './accept'

/** Who is writing, and (for tests) the clock and the ids. */
export interface Editor {
  by: string
  now?: () => Date
  newId?: () => string
}

/** A refusal naming the fields at fault, so that a form can show each message next to its field. */
export class InspectionRejected extends UserError {
  constructor(readonly problems: readonly [Problem, ...Problem[]]) {
    super(problems[0])
  }
}

function rejected(problems: readonly Problem[]): InspectionRejected {
  const [first, ...rest] = problems
  return new InspectionRejected(first ? [first, ...rest] : [{ key: 'inspections.notFound', path: '' }])
}

const stampOf = (editor: Editor) => ({ by: editor.by, at: (editor.now ?? (() => new Date()))().toISOString() })
const idOf = (editor: Editor) => (editor.newId ?? randomId)()

const TABLES = ['inspections', 'inspectionItems', 'attachments'] as const

async function inspectionIn(tx: WriteTx, id: string): Promise<Inspection> {
  const found = await tx.get('inspections', id)
  if (!found) throw new UserError({ key: 'inspections.notFound' })
  return found
}

async function itemIn(tx: WriteTx, id: string): Promise<InspectionItem> {
  const found = await tx.get('inspectionItems', id)
  if (!found) throw new UserError({ key: 'inspections.itemNotFound' })
  return found
}

function ensureEditable(inspection: Inspection): void {
  if (!isEditable(inspection.status)) throw new UserError({ key: 'inspections.validation.notEditable', params: { status: inspection.status } })
}

async function saveInspection(tx: WriteTx, next: Inspection, previous: Inspection): Promise<Inspection> {
  const saved = revise<Inspection>(next, previous)
  if (saved.rev !== previous.rev) await tx.put('inspections', saved)
  return saved
}

async function saveItem(tx: WriteTx, next: InspectionItem, previous?: InspectionItem): Promise<InspectionItem> {
  const saved = revise<InspectionItem>(next, previous)
  if (saved.rev !== previous?.rev) await tx.put('inspectionItems', saved)
  return saved
}

/** The audit's description of an inspection: its title. */
const meta = (action: string, inspection: Pick<Inspection, 'id' | 'title'>, detail = '') => ({
  action: `inspection.${action}`,
  entity: 'inspection',
  entityId: inspection.id,
  summary: detail === '' ? inspection.title : `${inspection.title} · ${detail}`,
})

/** Plans an inspection of a platform and draws its checklist from the chosen catalogue version. */
export async function createInspection(data: DataLayer, editor: Editor, input: unknown): Promise<Inspection> {
  const checked = validatePlan(input)
  if (!checked.ok) throw rejected(checked.problems)
  const plan = checked.value
  const stamp = stampOf(editor)
  const id = idOf(editor)
  return data.write(meta('create', { id, title: plan.title }), ['inspections', 'inspectionItems', 'platforms', 'catalogues'], async (tx) => {
    const platform = await tx.get('platforms', plan.platformId)
    if (!platform || platform.archived) throw rejected([{ key: 'inspections.validation.platformUnknown', path: 'platformId' }])
    const catalogue = await tx.get('catalogues', plan.catalogueId)
    if (!catalogue) throw rejected([{ key: 'inspections.validation.catalogueUnknown', path: 'catalogueId' }])
    const items = generateChecklist(catalogue, platform.types, id, stamp)
    if (items.length === 0) throw rejected([{ key: 'inspections.validation.noItems', path: 'catalogueId' }])
    const inspection = revise<Inspection>({ id, ...plan, status: 'planned', signOff: [], closedAt: null, createdAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.by })
    await tx.put('inspections', inspection)
    for (const item of items) await tx.put('inspectionItems', item)
    return inspection
  })
}

/** Changes the plan's title, kind, dates and team while the checklist can still be filled. The platform and
 * catalogue stay: the checklist was drawn from them. */
export async function updatePlan(data: DataLayer, editor: Editor, id: string, input: unknown): Promise<Inspection> {
  const stamp = stampOf(editor)
  const current = await data.db.inspections.get(id)
  if (!current) throw new UserError({ key: 'inspections.notFound' })
  const checked = validatePlan({ ...(input as object), platformId: current.platformId, catalogueId: current.catalogueId })
  if (!checked.ok) throw rejected(checked.problems)
  const { kind, title, plannedStart, plannedEnd, team } = checked.value
  return data.write(meta('update', { id, title }), ['inspections'], async (tx) => {
    const before = await inspectionIn(tx, id)
    ensureEditable(before)
    return saveInspection(tx, { ...before, kind, title, plannedStart, plannedEnd, team, updatedAt: stamp.at, updatedBy: stamp.by }, before)
  })
}

/** Adds an item of the office's own to the checklist. */
export async function addCustomItem(data: DataLayer, editor: Editor, inspectionId: string, input: CustomItemInput): Promise<InspectionItem> {
  const stamp = stampOf(editor)
  const key = idOf(editor).slice(0, 8)
  const current = await data.db.inspections.get(inspectionId)
  return data.write(meta('addItem', current ?? { id: inspectionId, title: '' }), [...TABLES, 'catalogues'], async (tx) => {
    const inspection = await inspectionIn(tx, inspectionId)
    ensureEditable(inspection)
    const catalogue = await tx.get('catalogues', inspection.catalogueId)
    const checked = validateCustomItem(input, catalogue?.articles.map((a) => a.id) ?? [])
    if (!checked.ok) throw rejected(checked.problems)
    const existing = await tx.table('inspectionItems').where('inspectionId').equals(inspectionId).toArray()
    return saveItem(tx, customItem(inspectionId, existing, checked.value, key, stamp))
  })
}

/** Removes an item of the office's own, with its evidence. The catalogue's items stay (mark them 不适用). */
export async function removeCustomItem(data: DataLayer, editor: Editor, itemId: string): Promise<void> {
  const current = await data.db.inspectionItems.get(itemId)
  const inspection = current ? await data.db.inspections.get(current.inspectionId) : undefined
  await data.write(meta('removeItem', inspection ?? { id: current?.inspectionId ?? itemId, title: '' }, current?.text.slice(0, 20)), TABLES, async (tx) => {
    const item = await itemIn(tx, itemId)
    ensureEditable(await inspectionIn(tx, item.inspectionId))
    if (!item.requirementId.startsWith('custom:')) throw new UserError({ key: 'inspections.validation.onlyCustomRemovable' })
    for (const a of item.attachmentIds) await tx.delete('attachments', a)
    await tx.delete('inspectionItems', itemId)
  })
}

/** Changes one item within an editable inspection, starting a planned one. */
async function editItem(data: DataLayer, editor: Editor, itemId: string, action: string, change: (item: InspectionItem, tx: WriteTx) => Promise<InspectionItem>): Promise<InspectionItem> {
  const stamp = stampOf(editor)
  const current = await data.db.inspectionItems.get(itemId)
  const inspection = current ? await data.db.inspections.get(current.inspectionId) : undefined
  return data.write(meta(action, inspection ?? { id: current?.inspectionId ?? itemId, title: '' }, current?.requirementId), TABLES, async (tx) => {
    const before = await itemIn(tx, itemId)
    const owner = await inspectionIn(tx, before.inspectionId)
    ensureEditable(owner)
    const next = await change(before, tx)
    const saved = await saveItem(tx, { ...next, updatedAt: stamp.at, updatedBy: stamp.by }, before)
    if (saved.rev !== before.rev) await saveInspection(tx, started(owner, stamp), owner)
    return saved
  })
}

export function setItemResult(data: DataLayer, editor: Editor, itemId: string, result: ItemResult): Promise<InspectionItem> {
  return editItem(data, editor, itemId, 'result', (item) => Promise.resolve({ ...item, result }))
}

export function setItemNotes(data: DataLayer, editor: Editor, itemId: string, notes: string): Promise<InspectionItem> {
  if (notes.length > INSPECTION_LIMITS.notes) return Promise.reject(new UserError({ key: 'inspections.validation.notesTooLong', params: { max: INSPECTION_LIMITS.notes } }))
  return editItem(data, editor, itemId, 'notes', (item) => Promise.resolve({ ...item, notes: notes.trimEnd() }))
}

/** Stores a piece of evidence on an item: its bytes, SHA-256, size, type, capture time and source link. */
export async function addAttachment(data: DataLayer, editor: Editor, itemId: string, evidence: EvidenceInput): Promise<Attachment> {
  if (isBadSourceUrl(evidence.sourceUrl ?? '')) throw new UserError({ key: 'inspections.validation.sourceUrlInvalid' })
  const hashed = await hashEvidence(evidence)
  const attachment: Attachment = {
    id: idOf(editor),
    ownerId: itemId,
    name: hashed.name,
    type: hashed.type,
    size: hashed.size,
    sha256: hashed.sha256,
    capturedAt: evidence.capturedAt ?? stampOf(editor).at,
    sourceUrl: evidence.sourceUrl?.trim() || null,
    data: hashed.blob,
  }
  await editItem(data, editor, itemId, 'attach', async (item, tx) => {
    await tx.put('attachments', attachment)
    return { ...item, attachmentIds: [...item.attachmentIds, attachment.id] }
  })
  return attachment
}

async function attachmentOwner(data: DataLayer, attachmentId: string): Promise<string> {
  const found = await data.db.attachments.get(attachmentId)
  if (!found) throw new UserError({ key: 'inspections.attachmentNotFound' })
  return found.ownerId
}

/** Sets or clears the web address a piece of evidence was taken from. */
export async function setAttachmentSource(data: DataLayer, editor: Editor, attachmentId: string, sourceUrl: string): Promise<void> {
  if (isBadSourceUrl(sourceUrl)) throw new UserError({ key: 'inspections.validation.sourceUrlInvalid' })
  await editItem(data, editor, await attachmentOwner(data, attachmentId), 'source', async (item, tx) => {
    const a = await tx.get('attachments', attachmentId)
    if (!a) throw new UserError({ key: 'inspections.attachmentNotFound' })
    await tx.put('attachments', { ...a, sourceUrl: sourceUrl.trim() || null })
    return item
  })
}

export async function removeAttachment(data: DataLayer, editor: Editor, attachmentId: string): Promise<void> {
  await editItem(data, editor, await attachmentOwner(data, attachmentId), 'detach', async (item, tx) => {
    await tx.delete('attachments', attachmentId)
    return { ...item, attachmentIds: item.attachmentIds.filter((a) => a !== attachmentId) }
  })
}

async function step(data: DataLayer, editor: Editor, id: string, action: SignOffAction, comments: string): Promise<{ inspection: Inspection; findings: Finding[] }> {
  const stamp = stampOf(editor)
  // made before the write: a store transaction must not wait on anything but the store
  const zh = action === 'accept' ? await zhTranslator() : null
  const current = await data.db.inspections.get(id)
  return data.write(meta(action, current ?? { id, title: '' }), ['inspections', 'inspectionItems', 'findings'], async (tx) => {
    const before = await inspectionIn(tx, id)
    const items = await tx.table('inspectionItems').where('inspectionId').equals(id).toArray()
    const result = signOff(before, items, action, { ...stamp, comments })
    if (!result.ok) throw new UserError(result.problem)
    // findings first, in the same write: once the inspection is closed nothing about it may change
    const findings = zh ? await acceptedFindings(tx, result.inspection, items, zh, stamp.at) : []
    return { inspection: await saveInspection(tx, result.inspection, before), findings }
  })
}

/** The inspector submits a complete checklist for review. */
export async function submit(data: DataLayer, editor: Editor, id: string, comments = ''): Promise<Inspection> {
  return (await step(data, editor, id, 'submit', comments)).inspection
}

/** The reviewer accepts: the inspection closes and its non-compliant and partial items become findings. */
export function accept(data: DataLayer, editor: Editor, id: string, comments = ''): Promise<{ inspection: Inspection; findings: Finding[] }> {
  return step(data, editor, id, 'accept', comments)
}

/** The reviewer sends it back to the team with comments. */
export async function sendBack(data: DataLayer, editor: Editor, id: string, comments: string): Promise<Inspection> {
  return (await step(data, editor, id, 'return', comments)).inspection
}

/** Deletes a planned inspection with its checklist; one that has begun is part of the record. */
export async function deleteInspection(data: DataLayer, _editor: Editor, id: string): Promise<void> {
  const current = await data.db.inspections.get(id)
  await data.write(meta('delete', current ?? { id, title: '' }), TABLES, async (tx) => {
    const inspection = await inspectionIn(tx, id)
    if (inspection.status !== 'planned') throw new UserError({ key: 'inspections.validation.onlyPlannedDeletable' })
    const items = await tx.table('inspectionItems').where('inspectionId').equals(id).toArray()
    for (const item of items) {
      for (const a of item.attachmentIds) await tx.delete('attachments', a)
      await tx.delete('inspectionItems', item.id)
    }
    await tx.delete('inspections', id)
  })
}
