// The rectification state machine: which steps each status allows, what status a step leads to, and the
// checks a step must pass. Pure: the service applies it inside an audited write, the UI asks it which
// buttons to show, and the tests walk it through every path.
//
//   ordered ──report──▶ reported ──recheck passed──▶ recheckPassed ──close──▶ closed
//      │                  │   └──recheck failed──▶ recheckFailed
//      └──escalate──▶ escalated ◀──escalate── (reported, recheckFailed, escalated)
//
// A new report may come in at any open stage but the last (a supplementary one, or after a failed
// re-check or an escalation); an escalated order is re-checked like a reported one and stays open until a
// re-check passes and the order is closed.
import type { Escalation, Rectification, RectificationStatus, RectificationStep } from '../domain/findings'
import { ESCALATIONS } from '../domain/findings'
import type { Problem } from '../i18n'
import { revise } from '../sync/revision'
import { isIsoDate } from '../util/dates'

export type RectificationAction =
  | { type: 'report'; id: string; receivedOn: string; summary: string; attachmentIds: string[] }
  | { type: 'recheck'; on: string; by: string; result: 'passed' | 'failed'; notes: string }
  | { type: 'escalate'; measure: Escalation; on: string; notes: string }
  | { type: 'close'; on: string; notes: string }

export type ActionType = RectificationAction['type']

const ALLOWED: Record<RectificationStatus, readonly ActionType[]> = {
  ordered: ['report', 'escalate'],
  reported: ['report', 'recheck', 'escalate'],
  recheckFailed: ['report', 'recheck', 'escalate'],
  escalated: ['report', 'recheck', 'escalate'],
  recheckPassed: ['close'],
  closed: [],
}

export function allowedActions(status: RectificationStatus): readonly ActionType[] {
  return ALLOWED[status]
}

export function canApply(status: RectificationStatus, type: ActionType): boolean {
  return ALLOWED[status].includes(type)
}

export function nextStatus(action: RectificationAction): RectificationStatus {
  switch (action.type) {
    case 'report':
      return 'reported'
    case 'recheck':
      return action.result === 'passed' ? 'recheckPassed' : 'recheckFailed'
    case 'escalate':
      return 'escalated'
    case 'close':
      return 'closed'
  }
}

/** The status the order's findings have at each stage: in rectification until the order is closed. */
export function findingStatusFor(status: RectificationStatus): 'rectifying' | 'closed' {
  return status === 'closed' ? 'closed' : 'rectifying'
}

export interface StepContext {
  /** today's date on the user's calendar: no step is dated in the future */
  today: string
  recordedBy: string
  /** ISO timestamp of the recording */
  at: string
}

export type ApplyResult = { ok: true; order: Rectification } | { ok: false; problems: Problem[] }

function dateProblems(order: Rectification, date: string, path: string, today: string): Problem[] {
  if (!isIsoDate(date)) return [{ key: 'rectifications.problem.date', path }]
  if (date < order.issuedOn) return [{ key: 'rectifications.problem.beforeIssue', path, params: { date: order.issuedOn } }]
  if (date > today) return [{ key: 'rectifications.problem.future', path }]
  return []
}

function problemsOf(order: Rectification, action: RectificationAction, today: string): Problem[] {
  switch (action.type) {
    case 'report':
      return [
        ...dateProblems(order, action.receivedOn, 'receivedOn', today),
        ...(action.summary.trim() === '' ? [{ key: 'rectifications.problem.summaryRequired', path: 'summary' } as const] : []),
      ]
    case 'recheck':
      return [
        ...dateProblems(order, action.on, 'on', today),
        ...(action.by.trim() === '' ? [{ key: 'rectifications.problem.byRequired', path: 'by' } as const] : []),
        // a failed re-check must say what is still wrong: the next report and re-check answer to it
        ...(action.result === 'failed' && action.notes.trim() === '' ? [{ key: 'rectifications.problem.notesRequired', path: 'notes' } as const] : []),
      ]
    case 'escalate':
      return [
        ...dateProblems(order, action.on, 'on', today),
        ...((ESCALATIONS as readonly string[]).includes(action.measure) ? [] : [{ key: 'rectifications.problem.measure', path: 'measure' } as const]),
      ]
    case 'close':
      return dateProblems(order, action.on, 'on', today)
  }
}

function stepOf(action: RectificationAction, ctx: StepContext): RectificationStep {
  const meta = { recordedBy: ctx.recordedBy, at: ctx.at }
  switch (action.type) {
    case 'report':
      return { kind: 'report', id: action.id, receivedOn: action.receivedOn, summary: action.summary.trim(), attachmentIds: action.attachmentIds, ...meta }
    case 'recheck':
      return { kind: 'recheck', on: action.on, by: action.by.trim(), result: action.result, notes: action.notes.trim(), ...meta }
    case 'escalate':
      return { kind: 'escalation', measure: action.measure, on: action.on, notes: action.notes.trim(), ...meta }
    case 'close':
      return { kind: 'closed', on: action.on, notes: action.notes.trim(), ...meta }
  }
}

/** The order after `action`, with its new revision; or why the step is refused. */
export function applyAction(order: Rectification, action: RectificationAction, ctx: StepContext): ApplyResult {
  if (!canApply(order.status, action.type)) {
    return { ok: false, problems: [{ key: 'rectifications.problem.notAllowed', path: '' }] }
  }
  const problems = problemsOf(order, action, ctx.today)
  if (problems.length > 0) return { ok: false, problems }
  const status = nextStatus(action)
  const next = revise<Rectification>(
    {
      ...order,
      status,
      steps: [...order.steps, stepOf(action, ctx)],
      closedOn: action.type === 'close' ? action.on : order.closedOn,
      updatedAt: ctx.at,
      updatedBy: ctx.recordedBy,
    },
    order,
  )
  return { ok: true, order: next }
}

/** The latest step of a kind (the current report, the last re-check), or null. */
export function lastStep<K extends RectificationStep['kind']>(order: Pick<Rectification, 'steps'>, kind: K): Extract<RectificationStep, { kind: K }> | null {
  for (let i = order.steps.length - 1; i >= 0; i--) {
    const step = order.steps[i]
    if (step?.kind === kind) return step as Extract<RectificationStep, { kind: K }>
  }
  return null
}
