// Rectification in the store: issuing an order (the order, its findings moved to 整改中, in one audited
// write) and recording each later step (the platform's report with its files, the re-check, escalation,
// closing), the findings' statuses following the order's. The rules live in @shared/rectifications; this
// file reads what they need inside the write's transaction, so two windows cannot take the same number
// or the same finding.
import type { Finding, Rectification } from '@shared/domain/findings'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import { activeCatalogue } from '@shared/catalogue/versions'
import type { Problem } from '@shared/i18n'
import { applyAction, findingStatusFor, type RectificationAction } from '@shared/rectifications/machine'
import { formatDocumentNumber } from '@shared/rectifications/numbering'
import { buildOrder, draftProblems, numberParts } from '@shared/rectifications/order'
import { todayIso } from '@shared/util/dates'
import { newId } from '@shared/util/hash'
import type { Attachment } from '@renderer/db/database'
import { UserError, type DataLayer } from '@renderer/db/data-layer'

/** A draft or a step refused, with every problem (`path` names the form field). */
export class RectificationRefused extends UserError {
  constructor(readonly problems: readonly [Problem, ...Problem[]]) {
    super(problems[0])
  }
}

function refuse(problems: readonly Problem[]): never {
  const [first, ...rest] = problems
  throw new RectificationRefused(first ? [first, ...rest] : [{ key: 'common.error', path: '' }])
}

export interface IssueInput {
  platformId: string
  findingIds: string[]
  numberPrefix: string
  sequence: number
  issuingOffice: string
  issuedOn: string
  addressee: string
  deadline: string
}

export interface StepOptions {
  /** who records it (the audit log has the actor too; the order keeps the name with the step) */
  by: string
  now?: Date
  /** today on the user's calendar; by default from `now` */
  today?: string
}

/** Issues an order: the findings move to 整改中 in the same write. */
export async function issueRectification(data: DataLayer, input: IssueInput, options: StepOptions & { id?: string }): Promise<Rectification> {
  const now = options.now ?? new Date()
  const today = options.today ?? todayIso(now)
  const id = options.id ?? newId()
  return data.write(
    { action: 'rectification.issue', entity: 'rectification', entityId: id, summary: formatDocumentNumber(numberParts(input)) },
    ['rectifications', 'findings', 'platforms', 'catalogues'],
    async (tx) => {
      const platform = await tx.get('platforms', input.platformId)
      if (!platform) refuse([{ key: 'rectifications.problem.platformMissing', path: 'platformId' }])
      const findings: Finding[] = []
      for (const findingId of new Set(input.findingIds)) {
        const finding = await tx.get('findings', findingId)
        if (!finding) refuse([{ key: 'rectifications.problem.findingMissing', path: 'findings' }])
        findings.push(finding)
      }
      const catalogue = activeCatalogue(await tx.table('catalogues').toArray(), input.issuedOn) ?? noticeCatalogue()
      const draft = { ...input, platform, findings, catalogue }
      const existing = await tx.table('rectifications').toArray()
      const problems = draftProblems(draft, existing, today)
      if (problems.length > 0) refuse(problems)
      const at = now.toISOString()
      const order = buildOrder(draft, { id, recordedBy: options.by, at })
      await tx.put('rectifications', order)
      for (const f of findings) await tx.put('findings', { ...f, status: 'rectifying', updatedAt: at })
      return order
    },
  )
}

/** A file to keep with the platform's report, read and hashed by the caller. */
export type NewAttachment = Omit<Attachment, 'ownerId'>

/** Records one step; the findings follow the order's status (closed with it). A report's files are stored
 * with it, owned by the report. */
export async function recordStep(data: DataLayer, orderId: string, action: RectificationAction, options: StepOptions & { files?: readonly NewAttachment[] }): Promise<Rectification> {
  const now = options.now ?? new Date()
  const today = options.today ?? todayIso(now)
  const files = action.type === 'report' ? (options.files ?? []) : []
  // the log names the order by its document number, as people do
  const summary = (await data.db.rectifications.get(orderId))?.documentNumber ?? orderId
  const step = action.type === 'report' ? { ...action, attachmentIds: [...action.attachmentIds, ...files.map((f) => f.id)] } : action
  return data.write(
    { action: `rectification.${action.type}`, entity: 'rectification', entityId: orderId, summary },
    files.length > 0 ? ['rectifications', 'findings', 'attachments'] : ['rectifications', 'findings'],
    async (tx) => {
      const order = await tx.get('rectifications', orderId)
      if (!order) throw new UserError({ key: 'rectifications.notFound' })
      const at = now.toISOString()
      const result = applyAction(order, step, { today, recordedBy: options.by, at })
      if (!result.ok) refuse(result.problems)
      await tx.put('rectifications', result.order)
      const status = findingStatusFor(result.order.status)
      for (const findingId of result.order.findingIds) {
        const finding = await tx.get('findings', findingId)
        if (finding && finding.status !== status) await tx.put('findings', { ...finding, status, updatedAt: at })
      }
      if (action.type === 'report') for (const file of files) await tx.put('attachments', { ...file, ownerId: action.id })
      return result.order
    },
  )
}
