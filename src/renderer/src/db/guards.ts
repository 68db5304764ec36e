// The store's invariants that no writer may break, whatever page or worker it runs in: a closed inspection
// is immutable — its record, its items and their evidence — so the data layer refuses the change, not
// only the UI. Installed by every DataLayer.
import type { DataLayer, Guard, WriteTx } from './data-layer'

const CLOSED = { key: 'inspections.closedImmutable' } as const

async function inspectionClosed(tx: WriteTx, inspectionId: string | undefined): Promise<boolean> {
  if (inspectionId === undefined) return false
  return (await tx.get('inspections', inspectionId))?.status === 'closed'
}

const inspections: Guard<'inspections'> = (_tx, before) => Promise.resolve(before?.status === 'closed' ? CLOSED : null)

const items: Guard<'inspectionItems'> = async (tx, before, after) =>
  (await inspectionClosed(tx, before?.inspectionId)) || (await inspectionClosed(tx, after?.inspectionId)) ? CLOSED : null

/** Evidence belongs to an inspection item (or to another record, which has no such rule). */
const attachments: Guard<'attachments'> = async (tx, before, after) => {
  for (const ownerId of [before?.ownerId, after?.ownerId]) {
    if (ownerId === undefined) continue
    const item = await tx.get('inspectionItems', ownerId)
    if (item && (await inspectionClosed(tx, item.inspectionId))) return CLOSED
  }
  return null
}

export function installDomainGuards(data: DataLayer): void {
  data.guard('inspections', inspections)
  data.guard('inspectionItems', items, ['inspections'])
  data.guard('attachments', attachments, ['inspectionItems', 'inspections'])
}
