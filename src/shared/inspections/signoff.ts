// An inspection's life 状态流转: planned → in progress (the first result, note or piece of evidence) → in
// review (the inspector submits a complete checklist) → closed (the reviewer accepts) or back to in progress
// (the reviewer sends it back with comments). Each sign-off step is appended to the record with who, when
// and the comments. Pure: the service applies the answer in one audited write and revises the record.
import type { Inspection, InspectionItem, InspectionStatus, SignOffStep } from '../domain/findings'
import type { Message } from '../i18n'
import { byChecklistOrder, isCustomItem } from './checklist'
import { INSPECTION_LIMITS } from './plan'

export type SignOffAction = 'submit' | 'accept' | 'return'

/** The status each action starts from and leads to, and the step it records. */
export const TRANSITIONS: Readonly<Record<SignOffAction, { from: InspectionStatus; to: InspectionStatus; step: SignOffStep['action'] }>> = {
  submit: { from: 'inProgress', to: 'inReview', step: 'submitted' },
  accept: { from: 'inReview', to: 'closed', step: 'accepted' },
  return: { from: 'inReview', to: 'inProgress', step: 'returned' },
}

/** The checklist can be filled (results, notes, evidence, own items) only before it is submitted. */
export function isEditable(status: InspectionStatus): boolean {
  return status === 'planned' || status === 'inProgress'
}

export interface Act {
  by: string
  at: string
  comments: string
}

/** The record moved from planned to in progress by the first piece of work on it; unchanged otherwise. */
export function started(inspection: Inspection, act: Omit<Act, 'comments'>): Inspection {
  return inspection.status === 'planned' ? { ...inspection, status: 'inProgress', updatedAt: act.at, updatedBy: act.by } : inspection
}

/** Items still to assess, in checklist order. Not applicable counts as assessed. */
export function missingItems(items: readonly InspectionItem[]): InspectionItem[] {
  return items.filter((i) => i.result === 'notAssessed').sort(byChecklistOrder)
}

/** How an item is named in a message: its requirement id, or the start of an office's own item's text. */
export function itemLabel(item: InspectionItem): string {
  if (!isCustomItem(item)) return item.requirementId
  return item.text.length > 12 ? `${item.text.slice(0, 12)}…` : item.text
}

const SHOWN_MISSING = 5

function incomplete(missing: readonly InspectionItem[]): Message {
  const names = missing.slice(0, SHOWN_MISSING).map(itemLabel).join(', ')
  return { key: 'inspections.validation.incomplete', params: { count: missing.length, items: missing.length > SHOWN_MISSING ? `${names} …` : names } }
}

export type SignOffResult = { ok: true; inspection: Inspection } | { ok: false; problem: Message; missing: InspectionItem[] }

/**
 * The inspection after a sign-off step, or why the step cannot be taken: the wrong status, an incomplete
 * checklist (submitting), or no comments (sending back — the team must know what to change).
 */
export function signOff(inspection: Inspection, items: readonly InspectionItem[], action: SignOffAction, act: Act): SignOffResult {
  const rule = TRANSITIONS[action]
  const refuse = (problem: Message, missing: InspectionItem[] = []): SignOffResult => ({ ok: false, problem, missing })
  if (inspection.status !== rule.from) return refuse({ key: 'inspections.validation.wrongStatus', params: { status: inspection.status } })
  const comments = act.comments.trim()
  if (comments.length > INSPECTION_LIMITS.comments) return refuse({ key: 'inspections.validation.commentsTooLong', params: { max: INSPECTION_LIMITS.comments } })
  if (action === 'submit') {
    if (items.length === 0) return refuse({ key: 'inspections.validation.noItems' })
    const missing = missingItems(items)
    if (missing.length > 0) return refuse(incomplete(missing), missing)
  }
  if (action === 'return' && comments === '') return refuse({ key: 'inspections.validation.commentsRequired' })
  return {
    ok: true,
    inspection: {
      ...inspection,
      status: rule.to,
      signOff: [...inspection.signOff, { action: rule.step, by: act.by, at: act.at, comments }],
      closedAt: rule.to === 'closed' ? act.at : inspection.closedAt,
      updatedAt: act.at,
      updatedBy: act.by,
    },
  }
}
